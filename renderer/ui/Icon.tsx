// A handful of line icons as inline SVG (no icon font, nothing fetched; fine under the CSP).
const PATHS = {
  home: 'M3 10.5 12 3l9 7.5V20a1 1 0 0 1-1 1h-5v-6h-6v6H4a1 1 0 0 1-1-1z',
  services: 'M4 6h16M4 12h16M4 18h16M7 6v0M7 12v0M7 18v0',
  agency: 'M3 21h18M4 9.5h16M12 3l8 4.5H4zM6 12v6M10 12v6M14 12v6M18 12v6',
  plus: 'M12 5v14M5 12h14',
  upload: 'M12 16V4M7 9l5-5 5 5M4 16v3a1 1 0 0 0 1 1h14a1 1 0 0 0 1-1v-3',
  search: 'M11 18a7 7 0 1 0 0-14 7 7 0 0 0 0 14zM20 20l-4-4',
  edit: 'M4 20h4L19 9l-4-4L4 16zM14 6l4 4',
  trash: 'M4 7h16M9 7V4h6v3M6 7l1 13h10l1-13',
  ticket: 'M4 7a2 2 0 0 0 2-2h12a2 2 0 0 0 2 2v3a2 2 0 0 0 0 4v3a2 2 0 0 0-2 2H6a2 2 0 0 0-2-2v-3a2 2 0 0 0 0-4zM10 5v14',
  file: 'M6 3h8l4 4v14H6zM14 3v4h4',
  warning: 'M12 3 2 20h20zM12 9v5M12 17v.5',
  check: 'M5 12l5 5 9-10',
  order: 'M5 4h14v16H5zM8 8h8M8 12h8M8 16h5',
  ladder: 'M7 3v18M17 3v18M7 7h10M7 12h10M7 17h10',
  incident: 'M12 3l9 16H3zM12 10v4M12 17v.5',
  month: 'M4 6h16v14H4zM4 10h16M8 3v4M16 3v4M8 14h2M14 14h2M8 17h2',
  // Two records side by side: theirs against ours.
  compare: 'M4 8h13M13 4l4 4-4 4M20 16H7M11 12l-4 4 4 4',
  // A headset: the help desk.
  helpdesk: 'M4 14v-2a8 8 0 0 1 16 0v2M4 14h3v5H4zM17 14h3v5h-3zM20 19a3 3 0 0 1-3 3h-3',
  // A drum with a return arrow: a copy that can be put back.
  // Two arrows passing each other: a service moving from one contract to the next.
  convert: 'M4 8h14l-4-4M20 16H6l4 4',
  backup: 'M5 6c0-1.7 3.1-3 7-3s7 1.3 7 3-3.1 3-7 3-7-1.3-7-3zM5 6v12c0 1.7 3.1 3 7 3M19 6v5M14 17a4 4 0 1 0 1.2-2.8L14 15.5M14 12.5v3h3',
} as const;

export type IconName = keyof typeof PATHS;

export function Icon({ name, size = 18 }: { name: IconName; size?: number }) {
  return (
    <svg
      className="icon"
      width={size}
      height={size}
      viewBox="0 0 24 24"
      fill="none"
      stroke="currentColor"
      strokeWidth={1.8}
      strokeLinecap="round"
      strokeLinejoin="round"
      aria-hidden="true"
      focusable="false"
    >
      <path d={PATHS[name]} />
    </svg>
  );
}
