import { Checkbox, Field, Input, Radio, RadioGroup, makeStyles, tokens } from "@fluentui/react-components";
import { useEffect, useState } from "react";
import type { EngineMessage } from "../../engine/messages";
import type { Lang } from "../../engine/types";
import { render } from "../../i18n";
import { useLang, useT } from "../i18n";
import type { Settings } from "../../app/settings";
import { useSharedStyles } from "./styles";

export interface RuleInfo {
  id: string;
  description?: EngineMessage;
}

export interface SettingsPanelProps {
  settings: Settings;
  rules: RuleInfo[];
  onChange(settings: Settings): void;
  disabled?: boolean;
}

const useStyles = makeStyles({
  rules: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXXS,
    margin: 0,
    padding: 0,
    border: 0,
  },
  legend: { padding: 0, fontWeight: tokens.fontWeightSemibold, marginBottom: tokens.spacingVerticalXS },
});

/** "0,5" and "0.5" both mean half a point; anything negative or unreadable is refused. */
function parseTolerance(text: string): number | null {
  const value = Number(text.trim().replace(",", "."));
  return text.trim() !== "" && Number.isFinite(value) && value >= 0 ? value : null;
}

/** Tolerance, rules on/off and language; every change is saved at once through `onChange`. */
export function SettingsPanel({ settings, rules, onChange, disabled }: SettingsPanelProps) {
  const t = useT();
  const lang = useLang();
  const shared = useSharedStyles();
  const styles = useStyles();
  const [toleranceText, setToleranceText] = useState(String(settings.tolerance));
  const tolerance = parseTolerance(toleranceText);

  useEffect(() => setToleranceText(String(settings.tolerance)), [settings.tolerance]);

  const commitTolerance = () => {
    if (tolerance !== null && tolerance !== settings.tolerance) onChange({ ...settings, tolerance });
  };

  const toggleRule = (id: string, enabled: boolean) => {
    const disabledRules = enabled
      ? settings.disabledRules.filter((r) => r !== id)
      : [...settings.disabledRules.filter((r) => r !== id), id];
    onChange({ ...settings, disabledRules });
  };

  return (
    <div className={shared.section}>
      <Field label={t("language/label")}>
        <RadioGroup
          value={settings.lang}
          layout="horizontal"
          disabled={disabled}
          onChange={(_, data) => onChange({ ...settings, lang: data.value as Lang })}
        >
          <Radio value="vi" label={t("language/vi")} />
          <Radio value="en" label={t("language/en")} />
        </RadioGroup>
      </Field>
      <Field
        label={t("pane/tolerance-label")}
        hint={t("pane/tolerance-hint")}
        validationState={tolerance === null ? "error" : "none"}
        validationMessage={tolerance === null ? t("pane/tolerance-invalid") : undefined}
      >
        <Input
          value={toleranceText}
          inputMode="decimal"
          disabled={disabled}
          onChange={(_, data) => setToleranceText(data.value)}
          onBlur={commitTolerance}
          onKeyDown={(event) => {
            if (event.key === "Enter") commitTolerance();
          }}
        />
      </Field>
      {rules.length > 0 && (
        <fieldset className={styles.rules}>
          <legend className={styles.legend}>{t("pane/rules-label")}</legend>
          {rules.map((rule) => (
            <Checkbox
              key={rule.id}
              checked={!settings.disabledRules.includes(rule.id)}
              disabled={disabled}
              label={rule.description ? `${render(rule.description, lang)} (${rule.id})` : rule.id}
              onChange={(_, data) => toggleRule(rule.id, data.checked === true)}
            />
          ))}
        </fieldset>
      )}
    </div>
  );
}
