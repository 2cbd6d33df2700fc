// A place to drop a file or choose one (a CSV to import, a case file): the file goes to `onFile`;
// the text under it says what the file must hold.
import { useState, type DragEvent, type ReactNode } from 'react';
import { Icon } from './Icon';

interface Props {
  /** "a CSV file", "a case file": the drop line and the picker's name. */
  what: string;
  accept: string;
  /** The file input's accessible name ("CSV file"). */
  inputLabel: string;
  disabled?: boolean;
  onFile: (file: File) => void;
  /** Words after "choose one" on the same line (", or paste its JSON below."). */
  after?: ReactNode;
  children: ReactNode;
}

export function FileDropZone({ what, accept, inputLabel, disabled = false, onFile, after, children }: Props) {
  const [dragging, setDragging] = useState(false);
  const onDrop = (e: DragEvent<HTMLDivElement>) => {
    e.preventDefault();
    setDragging(false);
    const file = e.dataTransfer.files[0];
    if (file && !disabled) onFile(file);
  };
  return (
    <div
      className={`drop-zone${dragging ? ' dragging' : ''}`}
      onDragOver={(e) => {
        e.preventDefault();
        e.dataTransfer.dropEffect = 'copy';
        setDragging(true);
      }}
      onDragLeave={() => setDragging(false)}
      onDrop={onDrop}
    >
      <Icon name="file" size={28} />
      <div className="drop-text">
        <p>
          <strong>Drop {what} here</strong> or{' '}
          <label className="file-pick">
            choose one
            <input
              type="file"
              accept={accept}
              className="visually-hidden"
              aria-label={inputLabel}
              disabled={disabled}
              onChange={(e) => {
                const file = e.target.files?.[0];
                if (file) onFile(file);
                e.target.value = '';
              }}
            />
          </label>
          {after}
        </p>
        {children}
      </div>
    </div>
  );
}
