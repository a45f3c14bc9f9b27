import {
  Alert,
  Button,
  Checkbox,
  Fieldset,
  FieldsetLegend,
  FormField,
  FormFieldDescription,
  FormFieldErrorMessage,
  FormLabel,
  Heading2,
  Paragraph,
  Select,
  SelectOption,
  Textarea,
  Textbox,
  UnorderedList,
  UnorderedListItem,
} from '@utrecht/component-library-react';
import {
  createContext,
  useCallback,
  useContext,
  useEffect,
  useMemo,
  useRef,
  useState,
  type FormEvent,
  type ReactNode,
} from 'react';
import { useIntl } from 'react-intl';
import type { ApiError, ApiProblem } from '../../api/client';
import { placeProblems, problemSentence, type PlacedProblems } from './problems';
import './form.css';

// The form kit (issue 15): fields with their label, description and the API's problem beside them
// (aria-invalid, aria-describedby), an error summary at the top of the form linking to each field
// (the GOV.UK / NL Design System pattern) that takes focus after a refusal, a submit button that
// says it is busy, and one status region per page that announces a step that succeeded. A refusal
// never clears what was typed: the values live in the caller's state, not in the form.

interface FormContextValue {
  formId: string;
  problems: PlacedProblems;
  disabled: boolean;
}

const FormContext = createContext<FormContextValue>({
  formId: 'form',
  problems: { byField: {}, general: [] },
  disabled: false,
});

/** The id of a field's control: `<form id>-<field name>` (the error summary links to it). */
export function fieldId(formId: string, name: string): string {
  return `${formId}-${name}`;
}

function useField(name: string) {
  const { formId, problems, disabled } = useContext(FormContext);
  const id = fieldId(formId, name);
  const fieldProblems = problems.byField[name] ?? [];
  return { id, problems: fieldProblems, invalid: fieldProblems.length > 0, disabled };
}

function describedBy(id: string, description: boolean, invalid: boolean): string | undefined {
  const ids = [description ? `${id}-description` : '', invalid ? `${id}-error` : ''].filter(Boolean);
  return ids.length ? ids.join(' ') : undefined;
}

function ErrorText({ id, problems }: { id: string; problems: readonly ApiProblem[] }) {
  const intl = useIntl();
  if (problems.length === 0) return null;
  return (
    <FormFieldErrorMessage id={`${id}-error`}>
      <span className="olievlek-visually-hidden">{intl.formatMessage({ id: 'form.errorPrefix' })} </span>
      {problems.map((p, i) => (
        <span key={i} className="olievlek-form__problem" data-code={p.code} data-rule={p.rule}>
          {problemSentence(p)}
        </span>
      ))}
    </FormFieldErrorMessage>
  );
}

function OptionalMark({ optional }: { optional?: boolean | undefined }) {
  const intl = useIntl();
  return optional ? (
    <span className="olievlek-form__optional"> ({intl.formatMessage({ id: 'form.optional' })})</span>
  ) : null;
}

interface BaseFieldProps {
  name: string;
  label: ReactNode;
  description?: ReactNode;
  optional?: boolean;
}

/** A one-line text, date or number field (`type`), or several lines (`multiline`). */
export function TextField({
  name,
  label,
  description,
  optional,
  value,
  onChange,
  type = 'text',
  multiline = false,
  autoComplete,
  inputMode,
  width,
}: BaseFieldProps & {
  value: string;
  onChange: (value: string) => void;
  type?: 'text' | 'date' | 'number' | 'email' | 'url';
  multiline?: boolean;
  autoComplete?: string;
  inputMode?: 'numeric' | 'text' | 'email' | 'url';
  width?: 'short' | 'medium';
}) {
  const { id, problems, invalid, disabled } = useField(name);
  const common = {
    id,
    name,
    value,
    invalid,
    disabled,
    'aria-invalid': invalid || undefined,
    'aria-describedby': describedBy(id, description !== undefined, invalid),
    'aria-required': optional ? undefined : true,
    onChange: (e: { target: { value: string } }) => onChange(e.target.value),
  };
  return (
    <FormField invalid={invalid} type={multiline ? 'textarea' : 'text'} className="olievlek-form__field">
      <div className="utrecht-form-field__label">
        <FormLabel htmlFor={id}>
          {label}
          <OptionalMark optional={optional} />
        </FormLabel>
      </div>
      {description !== undefined && <FormFieldDescription id={`${id}-description`}>{description}</FormFieldDescription>}
      <ErrorText id={id} problems={problems} />
      <div className="utrecht-form-field__input">
        {multiline ? (
          <Textarea {...common} rows={3} />
        ) : (
          <Textbox
            {...common}
            type={type}
            autoComplete={autoComplete}
            inputMode={inputMode}
            className={width ? `olievlek-form__input--${width}` : undefined}
          />
        )}
      </div>
    </FormField>
  );
}

export interface Option {
  value: string;
  label: string;
}

/** A choice from a list; `placeholder` is the empty first option ("Kies …"). */
export function SelectField({
  name,
  label,
  description,
  optional,
  value,
  onChange,
  options,
  placeholder,
}: BaseFieldProps & {
  value: string;
  onChange: (value: string) => void;
  options: readonly Option[];
  placeholder?: string;
}) {
  const { id, problems, invalid, disabled } = useField(name);
  return (
    <FormField invalid={invalid} type="select" className="olievlek-form__field">
      <div className="utrecht-form-field__label">
        <FormLabel htmlFor={id}>
          {label}
          <OptionalMark optional={optional} />
        </FormLabel>
      </div>
      {description !== undefined && <FormFieldDescription id={`${id}-description`}>{description}</FormFieldDescription>}
      <ErrorText id={id} problems={problems} />
      <div className="utrecht-form-field__input">
        <Select
          id={id}
          name={name}
          value={value}
          invalid={invalid}
          disabled={disabled}
          aria-invalid={invalid || undefined}
          aria-describedby={describedBy(id, description !== undefined, invalid)}
          aria-required={optional ? undefined : true}
          onChange={(e) => onChange(e.target.value)}
        >
          {placeholder !== undefined && <SelectOption value="">{placeholder}</SelectOption>}
          {options.map((o) => (
            <SelectOption key={o.value} value={o.value}>
              {o.label}
            </SelectOption>
          ))}
        </Select>
      </div>
    </FormField>
  );
}

/** One yes/no box. */
export function CheckboxField({
  name,
  label,
  description,
  checked,
  onChange,
}: BaseFieldProps & { checked: boolean; onChange: (checked: boolean) => void }) {
  const { id, problems, invalid, disabled } = useField(name);
  return (
    <FormField invalid={invalid} type="checkbox" className="olievlek-form__field olievlek-form__checkbox">
      <ErrorText id={id} problems={problems} />
      <div className="olievlek-form__checkbox-row">
        <Checkbox
          id={id}
          name={name}
          checked={checked}
          invalid={invalid}
          disabled={disabled}
          aria-invalid={invalid || undefined}
          aria-describedby={describedBy(id, description !== undefined, invalid)}
          onChange={(e) => onChange(e.target.checked)}
        />
        <FormLabel htmlFor={id} type="checkbox">
          {label}
        </FormLabel>
      </div>
      {description !== undefined && <FormFieldDescription id={`${id}-description`}>{description}</FormFieldDescription>}
    </FormField>
  );
}

/** Several boxes under one legend; the value is the list of checked option values. */
export function CheckboxGroupField({
  name,
  label,
  description,
  value,
  onChange,
  options,
}: BaseFieldProps & { value: readonly string[]; onChange: (value: string[]) => void; options: readonly Option[] }) {
  const { id, problems, invalid, disabled } = useField(name);
  return (
    <Fieldset
      id={id}
      invalid={invalid}
      disabled={disabled}
      aria-describedby={describedBy(id, description !== undefined, invalid)}
      className="olievlek-form__field"
      tabIndex={-1}
    >
      <FieldsetLegend>{label}</FieldsetLegend>
      {description !== undefined && <FormFieldDescription id={`${id}-description`}>{description}</FormFieldDescription>}
      <ErrorText id={id} problems={problems} />
      {options.map((o) => {
        const optionId = `${id}-${o.value}`;
        return (
          <div key={o.value} className="olievlek-form__checkbox-row">
            <Checkbox
              id={optionId}
              name={name}
              value={o.value}
              checked={value.includes(o.value)}
              invalid={invalid}
              onChange={(e) => onChange(e.target.checked ? [...value, o.value] : value.filter((v) => v !== o.value))}
            />
            <FormLabel htmlFor={optionId} type="checkbox">
              {o.label}
            </FormLabel>
          </div>
        );
      })}
    </Fieldset>
  );
}

/** The form's button: disabled and saying so while the request runs (aria-busy). */
export function SubmitButton({
  busy,
  children,
  appearance = 'primary-action-button',
}: {
  busy: boolean;
  children: ReactNode;
  appearance?: 'primary-action-button' | 'secondary-action-button';
}) {
  const intl = useIntl();
  return (
    <Button type="submit" appearance={appearance} busy={busy} aria-disabled={busy || undefined} disabled={busy}>
      {busy ? intl.formatMessage({ id: 'form.busy' }) : children}
    </Button>
  );
}

/**
 * At the top of a refused form: what went wrong, each problem about a field as a link that moves
 * focus to that field. Takes focus itself when a new refusal arrives, so a screen reader reads it.
 */
export function ErrorSummary({
  formId,
  problems,
  error,
}: {
  formId: string;
  problems: PlacedProblems;
  error: ApiError;
}) {
  const intl = useIntl();
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    ref.current?.focus();
  }, [error]);
  const fieldEntries = Object.entries(problems.byField);
  const shown = new Set<ApiProblem>();
  return (
    <div ref={ref} tabIndex={-1} className="olievlek-form__summary" aria-labelledby={`${formId}-summary-title`}>
      <Alert type="error" role="alert">
        <Heading2 id={`${formId}-summary-title`} className="olievlek-form__summary-title">
          {intl.formatMessage({ id: 'form.summaryTitle' })}
        </Heading2>
        <UnorderedList>
          {problems.general.map((p, i) => (
            <UnorderedListItem key={`g${i}`}>{problemSentence(p)}</UnorderedListItem>
          ))}
          {fieldEntries.flatMap(([name, list]) =>
            list
              .filter((p) => (shown.has(p) ? false : (shown.add(p), true)))
              .map((p, i) => (
                <UnorderedListItem key={`${name}${i}`}>
                  <a
                    className="utrecht-link"
                    href={`#${fieldId(formId, name)}`}
                    onClick={(e) => {
                      e.preventDefault();
                      const target = document.getElementById(fieldId(formId, name));
                      target?.focus();
                      target?.scrollIntoView({ block: 'center' });
                    }}
                  >
                    {problemSentence(p)}
                  </a>
                </UnorderedListItem>
              )),
          )}
        </UnorderedList>
      </Alert>
    </div>
  );
}

/**
 * A form sending one request: `<form noValidate>` (the API checks, and its sentences are the ones
 * shown), the error summary on a refusal, the fields (which find their own problems by name), and
 * the submit button. `fields` are the names of this form's fields; `ruleFields` says which field a
 * RULE_VIOLATION of a rule concerns when the API names none.
 */
export function ApiForm({
  id,
  fields,
  ruleFields,
  error,
  running,
  onSubmit,
  submitLabel,
  children,
  className,
  submitAppearance,
}: {
  id: string;
  fields: readonly string[];
  ruleFields?: Readonly<Record<string, string>>;
  error: ApiError | undefined;
  running: boolean;
  onSubmit: () => void;
  submitLabel: ReactNode;
  children?: ReactNode;
  className?: string;
  submitAppearance?: 'primary-action-button' | 'secondary-action-button';
}) {
  const problems = useMemo(() => placeProblems(error, fields, ruleFields), [error, fields, ruleFields]);
  const context = useMemo(() => ({ formId: id, problems, disabled: false }), [id, problems]);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!running) onSubmit();
  };
  return (
    <FormContext.Provider value={context}>
      <form
        id={id}
        noValidate
        onSubmit={submit}
        className={`olievlek-form ${className ?? ''}`}
        aria-busy={running || undefined}
      >
        {error && <ErrorSummary formId={id} problems={problems} error={error} />}
        {children}
        <div className="olievlek-form__actions">
          <SubmitButton busy={running} appearance={submitAppearance}>
            {submitLabel}
          </SubmitButton>
        </div>
      </form>
    </FormContext.Provider>
  );
}

const AnnounceContext = createContext<(message: string) => void>(() => undefined);

/** Tells the page's status region that something succeeded ("Opgeslagen: …"). */
export function useAnnounce(): (message: string) => void {
  return useContext(AnnounceContext);
}

/**
 * The page's one status region (role=status): a step that succeeded says so here, also when its
 * form disappears because the step is done. Shown above `children`, where the person is reading.
 */
export function StatusAnnouncer({ children }: { children: ReactNode }) {
  const [message, setMessage] = useState('');
  const announce = useCallback((m: string) => {
    setMessage('');
    // A new render of the same sentence still gets announced.
    requestAnimationFrame(() => setMessage(m));
  }, []);
  return (
    <AnnounceContext.Provider value={announce}>
      <div role="status" className="olievlek-form__status">
        {message && (
          // The region above is the live one; the alert only shows it (role none: no second region).
          <Alert type="ok" role="none">
            <Paragraph>{message}</Paragraph>
          </Alert>
        )}
      </div>
      {children}
    </AnnounceContext.Provider>
  );
}
