import { Button, makeStyles, tokens } from "@fluentui/react-components";
import { useEffect, useRef } from "react";
import { columnLetter } from "../engine/grid";
import type { CellPreview } from "./protocol";
import type { Translate } from "../taskpane/i18n";

const useStyles = makeStyles({
  panel: {
    position: "sticky",
    bottom: 0,
    zIndex: 10,
    // A narrow pane keeps most of its height for the findings: a row and its header, no more.
    maxHeight: "min(30vh, 12rem)",
    overflow: "auto",
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    backgroundColor: tokens.colorNeutralBackground1,
    borderTop: `2px solid ${tokens.colorBrandStroke1}`,
    boxShadow: tokens.shadow16,
  },
  inner: { maxWidth: "60rem", margin: "0 auto" },
  head: {
    display: "flex",
    alignItems: "center",
    justifyContent: "space-between",
    gap: tokens.spacingHorizontalS,
  },
  title: { margin: 0, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
  scroller: { overflowX: "auto", maxWidth: "100%" },
  table: { borderCollapse: "collapse", fontSize: tokens.fontSizeBase200 },
  cell: {
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    padding: "2px 6px",
    minWidth: "4.5em",
    maxWidth: "12em",
    whiteSpace: "pre-wrap",
    verticalAlign: "top",
  },
  colHead: { backgroundColor: tokens.colorNeutralBackground3, fontWeight: tokens.fontWeightSemibold },
  target: {
    backgroundColor: tokens.colorPaletteYellowBackground2,
    outline: `3px solid ${tokens.colorPaletteDarkOrangeBorder2}`,
    outlineOffset: "-3px",
    fontWeight: tokens.fontWeightSemibold,
  },
});

/**
 * The row around the selected finding's cell, the cell highlighted: the page's "select the cell".
 * It does not take the focus (the user goes on through the findings); Escape closes it and, if
 * the focus was inside, gives it back to what had it when the preview opened.
 */
export function CellPreviewPanel({
  preview,
  t,
  onClose,
}: {
  preview: CellPreview;
  t: Translate;
  onClose(): void;
}) {
  const styles = useStyles();
  const columns = preview.cells.map((_, i) => i);
  const selected = useRef<HTMLTableCellElement>(null);
  const panel = useRef<HTMLElement>(null);
  const opener = useRef<Element | null>(null);
  const close = useRef(onClose);
  close.current = onClose;
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== "Escape" || event.defaultPrevented) return;
      event.preventDefault();
      closeAndRestore();
    };
    document.addEventListener("keydown", onKeyDown);
    return () => document.removeEventListener("keydown", onKeyDown);
  }, []);
  function closeAndRestore() {
    const focusInside = panel.current?.contains(document.activeElement) ?? false;
    close.current();
    if (focusInside && opener.current instanceof HTMLElement && opener.current.isConnected)
      opener.current.focus();
  }
  // On a narrow screen the row scrolls sideways: bring the selected cell into view.
  useEffect(() => {
    selected.current?.scrollIntoView?.({ block: "nearest", inline: "center" });
    if (!panel.current?.contains(document.activeElement)) opener.current = document.activeElement;
  }, [preview]);
  return (
    <section
      ref={panel}
      className={styles.panel}
      aria-live="polite"
      aria-label={t("page/preview-title", { sheet: preview.sheet, address: preview.address })}
      data-testid="cell-preview"
    >
      <div className={styles.inner}>
        <div className={styles.head}>
          <p className={styles.title}>
            {t("page/preview-title", { sheet: preview.sheet, address: preview.address })}
          </p>
          <Button size="small" appearance="subtle" onClick={closeAndRestore} aria-keyshortcuts="Escape">
            {t("page/close-preview")}
          </Button>
        </div>
        <div className={styles.scroller}>
          <table className={styles.table}>
            <thead>
              <tr>
                <th className={`${styles.cell} ${styles.colHead}`} scope="col" />
                {columns.map((c) => (
                  <th key={c} scope="col" className={`${styles.cell} ${styles.colHead}`}>
                    {columnLetter(c)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {preview.header && (
                <tr>
                  <th scope="row" className={`${styles.cell} ${styles.colHead}`}>
                    {t("page/preview-header")}
                  </th>
                  {columns.map((c) => (
                    <td key={c} className={`${styles.cell} ${styles.colHead}`}>
                      {preview.header?.[c] ?? ""}
                    </td>
                  ))}
                </tr>
              )}
              <tr>
                <th scope="row" className={`${styles.cell} ${styles.colHead}`}>
                  {t("place/row", { row: preview.row })}
                </th>
                {columns.map((c) => (
                  <td
                    key={c}
                    className={c === preview.column ? `${styles.cell} ${styles.target}` : styles.cell}
                    ref={c === preview.column ? selected : undefined}
                    data-selected={c === preview.column ? "true" : undefined}
                    aria-current={c === preview.column ? "true" : undefined}
                  >
                    {preview.cells[c]}
                  </td>
                ))}
              </tr>
            </tbody>
          </table>
        </div>
      </div>
    </section>
  );
}
