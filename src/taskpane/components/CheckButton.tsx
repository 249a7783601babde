import {
  Button,
  Field,
  MessageBar,
  MessageBarBody,
  ProgressBar,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { useT } from "../i18n";

export interface CheckButtonProps {
  onCheck(): void;
  running: boolean;
  /** 0..1 when the service reports progress, null while it is unknown. */
  progress: number | null;
  /** The failure of the last check, already worded for the user. */
  error?: string | null;
  /** Why the checked sheet has no table, in the current language. */
  noTableReason?: string | null;
  disabled?: boolean;
}

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  button: { alignSelf: "flex-start" },
});

/** "Kiểm tra" with a progress bar while the service works, and the failure or no-table message after it. */
export function CheckButton({
  onCheck,
  running,
  progress,
  error,
  noTableReason,
  disabled,
}: CheckButtonProps) {
  const t = useT();
  const styles = useStyles();
  const percent = progress === null ? null : Math.round(progress * 100);
  return (
    <div className={styles.root}>
      <Button
        appearance="primary"
        className={styles.button}
        onClick={onCheck}
        disabled={disabled}
        // Stays focusable while running so keyboard users keep their place.
        disabledFocusable={running}
        aria-busy={running}
      >
        {running ? t("pane/checking") : t("pane/check")}
      </Button>
      {running && (
        <Field label={percent === null ? t("pane/checking") : t("pane/checking-progress", { percent })}>
          <ProgressBar
            value={progress === null ? undefined : progress}
            max={1}
            aria-valuetext={percent === null ? t("pane/checking") : `${percent}%`}
          />
        </Field>
      )}
      {error && (
        <MessageBar intent="error" politeness="assertive">
          <MessageBarBody>{error}</MessageBarBody>
        </MessageBar>
      )}
      {noTableReason !== undefined && noTableReason !== null && (
        <MessageBar intent="warning" politeness="polite">
          <MessageBarBody>
            <strong>{t("pane/no-table")}</strong> {noTableReason} {t("pane/no-table-hint")}
          </MessageBarBody>
        </MessageBar>
      )}
    </div>
  );
}
