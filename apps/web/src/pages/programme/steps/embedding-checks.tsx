import { Fieldset, FieldsetLegend, FormFieldDescription, Paragraph } from '@utrecht/component-library-react';
import { useIntl } from 'react-intl';
import { CheckboxField, SelectField, TextField } from '../../../components/form/form';
import {
  embeddingField,
  embeddingIds,
  INSTRUMENTS,
  type InstrumentPeriod,
  type StepContext,
  type Values,
} from './catalogue';

// R4.5 "Borging die blijft" in the yearly check-in: one fieldset per embedded action, its legend the
// action and its instrument now (with the period, and "verlopen" when it ended); a box "Het
// instrument geldt nog", ticked by default; unticked, the successor instrument's fields (all
// optional: without them the step "Opvolgend instrument vastleggen" opens). The fields are named
// as the API's paths (embeddings.<i>.…), so a refusal shows beside the field it concerns; the
// values live in the step form's state, so a refusal (or ticking the box again) loses nothing.

export function EmbeddingChecks({
  formId,
  context,
  values,
  set,
}: {
  formId: string;
  context: StepContext;
  values: Values;
  set: (name: string) => (value: string | boolean | string[]) => void;
}) {
  const intl = useIntl();
  const t = (id: string, v?: Record<string, string>) => intl.formatMessage({ id }, v);
  const ids = embeddingIds(values);
  if (ids.length === 0) return null;
  const periodText = (p: InstrumentPeriod | null | undefined): string | undefined =>
    !p
      ? undefined
      : p.to === null || p.to === undefined
        ? t('embeddings.periodOpen', { from: String(p.from) })
        : p.to === p.from
          ? String(p.from)
          : `${p.from}–${p.to}`;
  const text = (name: string) => {
    const v = values[name];
    return typeof v === 'string' ? v : '';
  };
  return (
    <div className="olievlek-checkin__embeddings">
      <Paragraph>{t('checkIn.embeddings.intro')}</Paragraph>
      {ids.map((actionId, i) => {
        const action = context.actions.find((a) => a.id === actionId);
        const period = periodText(action?.period);
        const legend = t('checkIn.embeddings.legend', {
          action: action?.title ?? actionId,
          instrument: action?.instrumentName ?? '',
        });
        const inForce = values[embeddingField(i, 'inForce')] === true;
        const successorId = `${formId}-embeddings-${i}-successor`;
        return (
          <Fieldset key={actionId} className="olievlek-checkin__embedding" data-action={actionId}>
            <FieldsetLegend>
              {legend}
              {period !== undefined && ` (${period})`}
              {action?.expired && ` — ${t('embeddings.expired').toLowerCase()}`}
            </FieldsetLegend>
            <CheckboxField
              name={embeddingField(i, 'inForce')}
              label={t('field.embeddingInForce')}
              {...(action?.expired ? { description: t('field.embeddingInForce.expired') } : {})}
              checked={inForce}
              onChange={set(embeddingField(i, 'inForce'))}
            />
            {!inForce && (
              <Fieldset className="olievlek-checkin__successor" aria-describedby={`${successorId}-description`}>
                <FieldsetLegend>{t('checkIn.successor.legend')}</FieldsetLegend>
                <FormFieldDescription id={`${successorId}-description`}>
                  {t('checkIn.successor.description')}
                </FormFieldDescription>
                <TextField
                  name={embeddingField(i, 'instrumentName')}
                  label={t('field.instrumentName')}
                  description={t('field.instrumentName.description')}
                  optional
                  value={text(embeddingField(i, 'instrumentName'))}
                  onChange={set(embeddingField(i, 'instrumentName'))}
                />
                <SelectField
                  name={embeddingField(i, 'instrument')}
                  label={t('field.instrument')}
                  optional
                  value={text(embeddingField(i, 'instrument'))}
                  onChange={set(embeddingField(i, 'instrument'))}
                  options={INSTRUMENTS.map((value) => ({
                    value,
                    label: context.label('PolicyInstrumentKind', value),
                  }))}
                  placeholder={t('checkIn.successor.sameKind')}
                />
                {(['from', 'to'] as const).map((f) => (
                  <TextField
                    key={f}
                    name={embeddingField(i, f)}
                    label={t(`field.period.${f}`)}
                    {...(f === 'to' ? { description: t('field.period.to.description') } : {})}
                    optional
                    value={text(embeddingField(i, f))}
                    onChange={set(embeddingField(i, f))}
                    inputMode="numeric"
                    width="short"
                  />
                ))}
              </Fieldset>
            )}
          </Fieldset>
        );
      })}
    </div>
  );
}
