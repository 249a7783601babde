import {
  Button,
  Field,
  Input,
  MessageBar,
  MessageBarBody,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { useState } from "react";
import { columnIndex, columnLetter } from "../../engine/grid";
import { COLUMN_ROLES, type ColumnRole, type DetectedTable, type ExplicitMapping } from "../../engine/types";
import { useT, type Translate } from "../i18n";
import { useSharedStyles } from "./styles";

export interface MappingForm {
  headerRows: string;
  columns: Record<ColumnRole, string>;
  lastRow: string;
}

/** The form's starting values: the saved mapping, else what detection found, else blanks. */
export function initialForm(mapping: ExplicitMapping | undefined, table: DetectedTable | null): MappingForm {
  const columns = Object.fromEntries(COLUMN_ROLES.map((role) => [role, ""])) as Record<ColumnRole, string>;
  if (mapping) {
    for (const role of COLUMN_ROLES) columns[role] = mapping.columns[role] ?? "";
    return {
      headerRows: mapping.headerRows.join(", "),
      columns,
      lastRow: mapping.lastRow ? String(mapping.lastRow) : "",
    };
  }
  if (table) {
    for (const role of COLUMN_ROLES) {
      const index = table.columns[role];
      columns[role] = index === undefined ? "" : columnLetter(index);
    }
    return { headerRows: table.headerRows.join(", "), columns, lastRow: "" };
  }
  return { headerRows: "", columns, lastRow: "" };
}

/** Validates the form into an ExplicitMapping, or the list of problems in the user's language. */
export function parseMappingForm(
  form: MappingForm,
  t: Translate,
): { mapping: ExplicitMapping; errors: [] } | { mapping: null; errors: string[] } {
  const errors: string[] = [];
  const rowTexts = form.headerRows.split(/[,;\s]+/).filter(Boolean);
  const headerRows = rowTexts.map(Number);
  if (headerRows.length === 0 || headerRows.some((n) => !Number.isInteger(n) || n < 1)) {
    errors.push(t("pane/mapping-error/header-rows"));
  }
  const columns: ExplicitMapping["columns"] = {};
  const seen = new Map<string, ColumnRole>();
  for (const role of COLUMN_ROLES) {
    const letters = form.columns[role].trim().toUpperCase();
    if (letters === "") continue;
    if (columnIndex(letters) < 0) {
      errors.push(
        t("pane/mapping-error/bad-letter", { role: t(`role/${role}`), letters: form.columns[role].trim() }),
      );
      continue;
    }
    if (seen.has(letters)) errors.push(t("pane/mapping-error/duplicate", { letters }));
    seen.set(letters, role);
    columns[role] = letters;
  }
  if (form.columns.name.trim() === "") errors.push(t("pane/mapping-error/name-required"));
  let lastRow: number | undefined;
  if (form.lastRow.trim() !== "") {
    lastRow = Number(form.lastRow.trim());
    const lastHeader = Math.max(0, ...headerRows.filter(Number.isFinite));
    if (!Number.isInteger(lastRow) || lastRow <= lastHeader) errors.push(t("pane/mapping-error/last-row"));
  }
  if (errors.length > 0) return { mapping: null, errors };
  const sortedRows = [...new Set(headerRows)].sort((a, b) => a - b);
  const mapping: ExplicitMapping = { headerRows: sortedRows, columns };
  if (lastRow !== undefined) mapping.lastRow = lastRow;
  return { mapping, errors: [] };
}

export interface MappingEditorProps {
  mapping: ExplicitMapping | undefined;
  table: DetectedTable | null;
  onSave(mapping: ExplicitMapping): void;
  onClear(): void;
  busy?: boolean;
}

const useStyles = makeStyles({
  columns: {
    display: "grid",
    gridTemplateColumns: "repeat(auto-fill, minmax(8.5em, 1fr))",
    gap: tokens.spacingHorizontalS,
  },
});

/** Lets the user state the header row(s) and the letter of each column when detection got them wrong. */
export function MappingEditor({ mapping, table, onSave, onClear, busy }: MappingEditorProps) {
  const t = useT();
  const shared = useSharedStyles();
  const styles = useStyles();
  const [form, setForm] = useState<MappingForm>(() => initialForm(mapping, table));
  const [errors, setErrors] = useState<string[]>([]);
  // A new mapping or a re-detected table refills the form, without remounting it (focus stays put).
  const source = JSON.stringify([mapping ?? null, table?.headerRows ?? null, table?.columns ?? null]);
  const [formSource, setFormSource] = useState(source);
  if (formSource !== source) {
    setFormSource(source);
    setForm(initialForm(mapping, table));
    setErrors([]);
  }

  const submit = (event: React.FormEvent) => {
    event.preventDefault();
    const result = parseMappingForm(form, t);
    setErrors(result.errors);
    if (result.mapping) onSave(result.mapping);
  };

  return (
    <form className={shared.section} onSubmit={submit} noValidate>
      <p>{t("pane/mapping-intro")}</p>
      <Field label={t("pane/header-rows-label")} hint={t("pane/header-rows-hint")} required>
        <Input
          value={form.headerRows}
          inputMode="numeric"
          onChange={(_, data) => setForm({ ...form, headerRows: data.value })}
        />
      </Field>
      <div className={styles.columns}>
        {COLUMN_ROLES.map((role) => (
          <Field
            key={role}
            label={t("pane/column-label", { role: t(`role/${role}`) })}
            required={role === "name"}
          >
            <Input
              value={form.columns[role]}
              maxLength={3}
              autoComplete="off"
              onChange={(_, data) => setForm({ ...form, columns: { ...form.columns, [role]: data.value } })}
            />
          </Field>
        ))}
      </div>
      <Field label={t("pane/last-row-label")} hint={t("pane/last-row-hint")}>
        <Input
          value={form.lastRow}
          inputMode="numeric"
          onChange={(_, data) => setForm({ ...form, lastRow: data.value })}
        />
      </Field>
      {errors.length > 0 && (
        <MessageBar intent="error" politeness="assertive">
          <MessageBarBody>
            <ul className={shared.plainList}>
              {errors.map((e) => (
                <li key={e}>{e}</li>
              ))}
            </ul>
          </MessageBarBody>
        </MessageBar>
      )}
      <div className={shared.wrapRow}>
        <Button type="submit" appearance="primary" disabledFocusable={busy}>
          {t("pane/save-mapping")}
        </Button>
        {mapping && (
          <Button type="button" onClick={onClear} disabledFocusable={busy}>
            {t("pane/clear-mapping")}
          </Button>
        )}
      </div>
    </form>
  );
}
