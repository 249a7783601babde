import { Field, Select } from "@fluentui/react-components";
import { useT } from "../i18n";

export interface SheetPickerProps {
  sheets: string[];
  value: string;
  onChange(sheet: string): void;
  /** Called when the picker gets focus, so sheets added meanwhile can be listed. */
  onRefresh?(): void;
  disabled?: boolean;
}

/** Chooses the worksheet to check. A native select underneath: keyboard and screen readers just work. */
export function SheetPicker({ sheets, value, onChange, onRefresh, disabled }: SheetPickerProps) {
  const t = useT();
  if (sheets.length === 0) return <p>{t("pane/no-sheets")}</p>;
  return (
    <Field label={t("place/sheet")}>
      <Select
        value={value}
        disabled={disabled}
        onFocus={onRefresh}
        onChange={(_, data) => onChange(data.value)}
      >
        {sheets.map((sheet) => (
          <option key={sheet} value={sheet}>
            {sheet}
          </option>
        ))}
      </Select>
    </Field>
  );
}
