// A file to read: dropped on the zone or chosen with the (visually hidden, keyboard-reachable)
// file input, whose label is the link "choose one". The caller reads the File it is handed.
// The services CSV import, the case-file import and the Reconcile imports share it.
import { useState, type DragEvent, type ReactNode } from 'react';
import { Icon } from './Icon';

interface FileDropProps {
  /** The input's accessible name ("Report file"). */
  label: string;
  /** "Drop the report here" */
  prompt: string;
  accept: string;
  disabled?: boolean;
  onFile: (file: File) => void;
  /** Words after "choose one" in the prompt's sentence (", or paste its JSON below."). */
  after?: ReactNode;
  /** What the file must hold, under the prompt. */
  children?: ReactNode;
}

export function FileDrop({ label, prompt, accept, disabled = false, onFile, after, children }: FileDropProps) {
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
          <strong>{prompt}</strong> or{' '}
          <label className="file-pick">
            choose one
            <input
              type="file"
              accept={accept}
              className="visually-hidden"
              aria-label={label}
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
