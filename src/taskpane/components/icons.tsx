/**
 * A few 16-px icons as inline SVG (currentColor), so the pane needs no icon package beyond what
 * @fluentui/react-components declares. Decorative: the text beside each icon says what it means.
 */
import type { ReactElement } from "react";

function icon(path: ReactElement, fill?: string) {
  return function Icon({ color }: { color?: string }) {
    return (
      <svg
        width="16"
        height="16"
        viewBox="0 0 16 16"
        fill={color ?? fill ?? "currentColor"}
        aria-hidden="true"
        focusable="false"
      >
        {path}
      </svg>
    );
  };
}

export const ErrorIcon = icon(
  <path d="M8 1a7 7 0 1 1 0 14A7 7 0 0 1 8 1Zm2.65 4.35a.5.5 0 0 0-.7 0L8 7.29 6.05 5.35a.5.5 0 1 0-.7.7L7.29 8l-1.94 1.95a.5.5 0 0 0 .7.7L8 8.71l1.95 1.94a.5.5 0 0 0 .7-.7L8.71 8l1.94-1.95a.5.5 0 0 0 0-.7Z" />
);
export const WarningIcon = icon(
  <path d="M7.13 1.99a1 1 0 0 1 1.74 0l6 10.5A1 1 0 0 1 14 14H2a1 1 0 0 1-.87-1.5l6-10.5ZM8 5a.6.6 0 0 0-.6.6v3.8a.6.6 0 0 0 1.2 0V5.6A.6.6 0 0 0 8 5Zm0 7.2a.75.75 0 1 0 0-1.5.75.75 0 0 0 0 1.5Z" />
);
export const InfoIcon = icon(
  <path d="M8 1a7 7 0 1 1 0 14A7 7 0 0 1 8 1Zm0 5.5a.6.6 0 0 0-.6.6v4.3a.6.6 0 0 0 1.2 0V7.1A.6.6 0 0 0 8 6.5Zm0-2.25a.8.8 0 1 0 0 1.6.8.8 0 0 0 0-1.6Z" />
);
export const CheckIcon = icon(
  <path d="M8 1a7 7 0 1 1 0 14A7 7 0 0 1 8 1Zm3.35 4.65a.5.5 0 0 0-.7 0L7 9.29 5.35 7.65a.5.5 0 1 0-.7.7l2 2a.5.5 0 0 0 .7 0l4-4a.5.5 0 0 0 0-.7Z" />
);
export const AddIcon = icon(
  <path d="M8 2.5a.5.5 0 0 1 .5.5v4.5H13a.5.5 0 0 1 0 1H8.5V13a.5.5 0 0 1-1 0V8.5H3a.5.5 0 0 1 0-1h4.5V3a.5.5 0 0 1 .5-.5Z" />
);
export const RemoveIcon = icon(<path d="M3 7.5h10a.5.5 0 0 1 0 1H3a.5.5 0 0 1 0-1Z" />);
export const CopyIcon = icon(
  <path d="M5 2.5A1.5 1.5 0 0 1 6.5 1h6A1.5 1.5 0 0 1 14 2.5v8a1.5 1.5 0 0 1-1.5 1.5h-6A1.5 1.5 0 0 1 5 10.5v-8ZM6.5 2a.5.5 0 0 0-.5.5v8a.5.5 0 0 0 .5.5h6a.5.5 0 0 0 .5-.5v-8a.5.5 0 0 0-.5-.5h-6ZM3 4.5a.5.5 0 0 1 1 0v8A1.5 1.5 0 0 0 5.5 14h6a.5.5 0 0 1 0 1h-6A2.5 2.5 0 0 1 3 12.5v-8Z" />
);
export const TableInsertIcon = icon(
  <path d="M2 3.5A1.5 1.5 0 0 1 3.5 2h9A1.5 1.5 0 0 1 14 3.5v9a1.5 1.5 0 0 1-1.5 1.5h-9A1.5 1.5 0 0 1 2 12.5v-9ZM3 6v2.5h4.5V6H3Zm5.5 0v2.5H13V6H8.5Zm4.5 3.5H8.5V13h4a.5.5 0 0 0 .5-.5v-3Zm-5.5 0H3v3a.5.5 0 0 0 .5.5h4V9.5ZM13 5V3.5a.5.5 0 0 0-.5-.5h-9a.5.5 0 0 0-.5.5V5h10Z" />
);
export const SearchIcon = icon(
  <path d="M9.5 3a3.5 3.5 0 1 0 0 7 3.5 3.5 0 0 0 0-7ZM5 6.5a4.5 4.5 0 1 1 1.02 2.85l-3.17 3.17a.5.5 0 0 1-.7-.7l3.16-3.17A4.48 4.48 0 0 1 5 6.5Z" />
);
