import { Button, makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import { useRef, useState, type DragEvent, type KeyboardEvent } from "react";

export interface FilePickerProps {
  onFile(file: File): void;
  buttonText: string;
  /** Shown in the drop zone; omit for the compact form (a button only). */
  title?: string;
  hint?: string;
  dropHereText: string;
  disabled?: boolean;
}

/** A workbook, or a Word report whose tables are checked as sheets. */
const ACCEPT = [
  ".xlsx",
  ".docx",
  "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
].join(",");

const useStyles = makeStyles({
  zone: {
    display: "flex",
    flexDirection: "column",
    alignItems: "center",
    gap: tokens.spacingVerticalM,
    padding: `${tokens.spacingVerticalXXL} ${tokens.spacingHorizontalL}`,
    border: `2px dashed ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusLarge,
    backgroundColor: tokens.colorNeutralBackground2,
    textAlign: "center",
    cursor: "pointer",
    ":focus-visible": { outline: `2px solid ${tokens.colorBrandStroke1}`, outlineOffset: "2px" },
  },
  dragging: {
    border: `2px dashed ${tokens.colorBrandStroke1}`,
    backgroundColor: tokens.colorBrandBackground2,
  },
  title: { margin: 0, fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
  hint: { margin: 0, color: tokens.colorNeutralForeground2 },
  hidden: { display: "none" },
});

/** The first file of a drop, if any. */
function droppedFile(event: DragEvent): File | null {
  const files = event.dataTransfer?.files;
  return files && files.length > 0 ? files[0] : null;
}

/**
 * A file picker with a drop zone. The zone is a focusable region: Enter or Space opens the
 * picker, so the keyboard reaches everything the mouse does.
 */
export function FilePicker({ onFile, buttonText, title, hint, dropHereText, disabled }: FilePickerProps) {
  const styles = useStyles();
  const input = useRef<HTMLInputElement>(null);
  const [dragging, setDragging] = useState(false);

  const open = () => {
    if (!disabled) input.current?.click();
  };
  const picker = (
    <input
      ref={input}
      type="file"
      accept={ACCEPT}
      className={styles.hidden}
      data-testid="file-input"
      tabIndex={-1}
      aria-hidden="true"
      onChange={(event) => {
        const file = event.target.files?.[0];
        // Reset so that choosing the same file again still fires a change.
        event.target.value = "";
        if (file) onFile(file);
      }}
    />
  );
  const button = (
    <Button
      appearance={title ? "primary" : "secondary"}
      disabled={disabled}
      onClick={(event) => {
        event.stopPropagation();
        open();
      }}
    >
      {buttonText}
    </Button>
  );
  if (!title) {
    return (
      <>
        {picker}
        {button}
      </>
    );
  }
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.target !== event.currentTarget) return;
    if (event.key === "Enter" || event.key === " ") {
      event.preventDefault();
      open();
    }
  };
  return (
    <div
      role="region"
      aria-label={title}
      tabIndex={0}
      data-testid="drop-zone"
      className={mergeClasses(styles.zone, dragging && styles.dragging)}
      onClick={open}
      onKeyDown={onKeyDown}
      onDragOver={(event) => {
        event.preventDefault();
        setDragging(true);
      }}
      onDragLeave={() => setDragging(false)}
      onDrop={(event) => {
        event.preventDefault();
        setDragging(false);
        const file = droppedFile(event);
        if (file && !disabled) onFile(file);
      }}
    >
      {picker}
      <p className={styles.title}>{dragging ? dropHereText : title}</p>
      {hint && <p className={styles.hint}>{hint}</p>}
      {button}
    </div>
  );
}
