import { Heading3, Paragraph } from '@utrecht/component-library-react';
import { useMemo, useState } from 'react';
import { useIntl } from 'react-intl';
import { ApiError } from '../../../api/client';
import { useMutation } from '../../../api/hooks';
import {
  ApiForm,
  CheckboxField,
  CheckboxGroupField,
  SelectField,
  TextField,
  useAnnounce,
  type Option,
} from '../../../components/form/form';
import {
  embeddingChecksProblems,
  embeddingFieldNames,
  embeddingIds,
  initialValues,
  inputsOf,
  missingFields,
  type StepContext,
  type StepSpec,
  type Values,
} from './catalogue';
import { EmbeddingChecks } from './embedding-checks';
import type { StepAccess } from './step-roles';

/** One step of the lifecycle as a form: its title and what it does, its fields, and its button. */
export function StepForm({
  spec,
  programmeId,
  context,
  access,
  onDone,
  heading = true,
}: {
  spec: StepSpec;
  programmeId: string;
  context: StepContext;
  access: StepAccess;
  onDone: () => void;
  heading?: boolean;
}) {
  const intl = useIntl();
  const announce = useAnnounce();
  const mutation = useMutation(spec.document);
  const [values, setValues] = useState<Values>(() => initialValues(spec, context));
  const [localError, setLocalError] = useState<ApiError>();
  const formId = `step-${spec.type}`;
  // R4.5: the check-in's lines per embedding have fields of their own (embeddings.<i>.…).
  const embedded = embeddingIds(values).join(' ');
  const fields = useMemo(
    () => [
      ...spec.fields.map((f) => f.name),
      ...embeddingFieldNames({ embeddings: embedded ? embedded.split(' ') : [] }),
    ],
    [spec, embedded],
  );
  const t = (id: string, values?: Record<string, string>) => intl.formatMessage({ id }, values);
  const has = (id: string) => intl.messages[id] !== undefined;
  const labelOf = (name: string, labelId?: string) => t(labelId ?? `field.${name}`);
  const set = (name: string) => (value: string | boolean | string[]) => setValues((v) => ({ ...v, [name]: value }));

  const submit = async () => {
    // Choices and numbers the API cannot word a problem for: said here, beside the field.
    const problems = missingFields(spec, values).map((name) => ({
      message: t('form.required', { field: labelOf(name, spec.fields.find((f) => f.name === name)?.labelId) }),
      code: 'VALIDATION_FAILED',
      details: { field: name },
    }));
    for (const f of spec.fields) {
      const v = values[f.name];
      if (f.kind === 'number' && typeof v === 'string' && v.trim() !== '' && !/^\d+$/.test(v.trim()))
        problems.push({
          message: t('form.wholeNumber', { field: labelOf(f.name, f.labelId) }),
          code: 'VALIDATION_FAILED',
          details: { field: f.name },
        });
    }
    for (const p of embeddingChecksProblems(values))
      problems.push({
        message: t(p.kind === 'required' ? 'form.required' : 'form.wholeNumber', { field: t(p.labelId) }),
        code: 'VALIDATION_FAILED',
        details: { field: p.field },
      });
    if (problems.length > 0) {
      mutation.reset();
      setLocalError(new ApiError(problems));
      return;
    }
    setLocalError(undefined);
    // One request, or one per ticked item (in order); the first refusal stops and stays on the form.
    let result: unknown;
    for (const input of spec.hasInput ? inputsOf(spec, values) : [undefined]) {
      const variables: Record<string, unknown> = { id: programmeId };
      if (input) variables['input'] = input;
      if (access === 'ON_BEHALF') variables['onBehalf'] = true;
      result = await mutation.run(variables as never);
      if (result === undefined) break;
    }
    if (result !== undefined) {
      announce(t(`step.${spec.type}.done`));
      setValues(initialValues(spec, context));
      onDone();
    }
  };

  return (
    <div className="olievlek-step" data-step={spec.type}>
      {heading && <Heading3 id={`${formId}-heading`}>{t(`step.${spec.type}.title`)}</Heading3>}
      {has(`step.${spec.type}.intro`) && <Paragraph>{t(`step.${spec.type}.intro`)}</Paragraph>}
      {access === 'ON_BEHALF' && <Paragraph className="olievlek-step__note">{t('steps.onBehalf')}</Paragraph>}
      <ApiForm
        id={formId}
        fields={fields}
        {...(spec.ruleFields ? { ruleFields: spec.ruleFields } : {})}
        error={localError ?? mutation.error}
        running={mutation.running}
        onSubmit={() => void submit()}
        submitLabel={t(`step.${spec.type}.submit`)}
        {...(spec.weighty ? { submitAppearance: 'secondary-action-button' as const } : {})}
      >
        {spec.fields.map((f) => {
          const label = labelOf(f.name, f.labelId);
          const descriptionId = `${f.labelId ?? `field.${f.name}`}.description`;
          const description = has(descriptionId) ? t(descriptionId) : undefined;
          const common = {
            name: f.name,
            label,
            ...(description !== undefined ? { description } : {}),
            ...(f.optional ? { optional: true } : {}),
          };
          const value = values[f.name];
          switch (f.kind) {
            case 'checkbox':
              return <CheckboxField key={f.name} {...common} checked={value === true} onChange={set(f.name)} />;
            case 'checkboxes':
              return (
                <CheckboxGroupField
                  key={f.name}
                  {...common}
                  value={Array.isArray(value) ? value : []}
                  onChange={set(f.name)}
                  options={f.options?.(context) ?? []}
                />
              );
            case 'select': {
              const options: Option[] = f.options?.(context) ?? [];
              return (
                <SelectField
                  key={f.name}
                  {...common}
                  value={typeof value === 'string' ? value : ''}
                  onChange={set(f.name)}
                  options={options}
                  placeholder={t('form.choose')}
                />
              );
            }
            default:
              return (
                <TextField
                  key={f.name}
                  {...common}
                  value={typeof value === 'string' ? value : ''}
                  onChange={set(f.name)}
                  multiline={f.kind === 'textarea'}
                  type={f.kind === 'date' ? 'date' : 'text'}
                  {...(f.kind === 'number' ? { inputMode: 'numeric' as const } : {})}
                  {...(f.width ? { width: f.width } : {})}
                />
              );
          }
        })}
        {spec.embeddingChecks && <EmbeddingChecks formId={formId} context={context} values={values} set={set} />}
      </ApiForm>
    </div>
  );
}
