import {
  Button,
  FormField,
  FormFieldDescription,
  FormLabel,
  Heading2,
  Heading3,
  Paragraph,
  Select,
  SelectOption,
  Textbox,
} from '@utrecht/component-library-react';
import { useState } from 'react';
import { useIntl } from 'react-intl';
import { useMutation, useQuery } from '../../../api/hooks';
import { ApiForm, CheckboxField, TextField, useAnnounce } from '../../../components/form/form';
import { ProblemAlert } from '../../../components/problem';
import { graphql } from '../../../gql';
import type { PracticesSectionQuery, ProgrammePhase, Theme } from '../../../gql/graphql';
import { useLabel } from '../../../i18n';
import { useRefreshOnVersion } from './refresh';
import './practices.css';

const PRACTICES_QUERY = graphql(`
  query PracticesSection($id: ID!) {
    me {
      memberships {
        programmeId
        role
      }
    }
    practices {
      id
      title
      description
      origin
      originMunicipalityCodes
      theme
      source
    }
    programme(id: $id) {
      id
      status
      agenda {
        themes
        actions {
          id
          title
          practiceId
        }
      }
    }
  }
`);

const ADOPT_PRACTICE = graphql(`
  mutation AdoptPracticeSection($programmeId: ID!, $input: AddActionInput!) {
    addAction(programmeId: $programmeId, input: $input) {
      id
      version
    }
  }
`);

type Practice = PracticesSectionQuery['practices'][number];

// addAction's guard (R2.3, R3.2): while the agenda is drafted and during execution; the project lead's step.
const PHASES: readonly ProgrammePhase[] = ['AGENDA', 'EXECUTION'];
const THEMES: readonly Theme[] = ['SIGNALLING', 'EXPERTISE', 'COLLABORATION', 'INFORMATION_SHARING', 'PREVENTION'];

function AdoptForm({
  programmeId,
  practice,
  onDone,
  onCancel,
}: {
  programmeId: string;
  practice: Practice;
  onDone: () => void;
  onCancel: () => void;
}) {
  const intl = useIntl();
  const announce = useAnnounce();
  const { run, error, running } = useMutation(ADOPT_PRACTICE);
  const [title, setTitle] = useState(practice.title);
  const [owner, setOwner] = useState('');
  const [schools, setSchools] = useState(false);
  const t = (id: string, v?: Record<string, string>) => intl.formatMessage({ id }, v);
  const submit = async () => {
    const done = await run({
      programmeId,
      input: {
        title,
        theme: practice.theme,
        ownerOrganisation: owner,
        aimedAtSchools: schools,
        practiceId: practice.id,
      },
    });
    if (done) {
      announce(t('practices.adoptedSaved', { title: practice.title }));
      onDone();
    }
  };
  return (
    <div
      className="olievlek-practices__adopt"
      role="group"
      aria-label={t('practices.formLegend', { title: practice.title })}
    >
      <ApiForm
        id={`adopt-${practice.id}`}
        fields={['title', 'ownerOrganisation', 'aimedAtSchools', 'theme', 'practiceId']}
        error={error}
        running={running}
        onSubmit={() => void submit()}
        submitLabel={t('practices.adoptSubmit')}
      >
        <Paragraph className="olievlek-practices__warning">{t('practices.warning')}</Paragraph>
        <TextField name="title" label={t('practices.adoptTitle')} value={title} onChange={setTitle} />
        <TextField
          name="ownerOrganisation"
          label={t('practices.adoptOwner')}
          description={t('practices.adoptOwnerDescription')}
          value={owner}
          onChange={setOwner}
          autoComplete="organization"
        />
        <CheckboxField
          name="aimedAtSchools"
          label={t('practices.adoptSchools')}
          checked={schools}
          onChange={setSchools}
        />
      </ApiForm>
      <Button appearance="subtle-button" onClick={onCancel}>
        {t('practices.adoptCancel')}
      </Button>
    </div>
  );
}

/**
 * The practice library (national view, "Practice library"): the collectives' products by theme, to
 * browse and filter, and — for the project lead while the agenda or execution runs — to adopt into
 * an action (addAction with practiceId) on a theme the agenda has chosen (R2.3).
 */
export function PracticesSection({
  programmeId,
  phase,
  version,
}: {
  programmeId: string;
  phase: ProgrammePhase;
  version: number;
}) {
  const intl = useIntl();
  const label = useLabel();
  const relevant = PHASES.includes(phase);
  const { data, error, refetch } = useQuery(PRACTICES_QUERY, { id: programmeId }, !relevant);
  useRefreshOnVersion(version, refetch);
  const [theme, setTheme] = useState('');
  const [search, setSearch] = useState('');
  const [adopting, setAdopting] = useState<string>();
  if (!relevant) return null;
  if (error) return <ProblemAlert error={error} onRetry={refetch} />;
  if (!data?.programme) return null;
  const t = (id: string, v?: Record<string, string | number>) => intl.formatMessage({ id }, v);
  const { programme } = data;
  const actions = programme.agenda?.actions ?? [];
  const chosen = programme.agenda?.themes ?? [];
  const mayAdopt =
    programme.status === 'ACTIVE' &&
    data.me.memberships.some((m) => m.programmeId === programmeId && m.role === 'PROJECT_LEAD');
  const words = search.trim().toLocaleLowerCase();
  const shown = data.practices.filter(
    (p) =>
      (!theme || p.theme === theme) &&
      (!words || [p.title, p.description, p.origin].some((s) => s.toLocaleLowerCase().includes(words))),
  );
  return (
    <section aria-labelledby="practices" className="olievlek-practices">
      <Heading2 id="practices">{t('practices.title')}</Heading2>
      <Paragraph>{t('practices.intro')}</Paragraph>
      <div className="olievlek-practices__filters">
        <FormField type="select">
          <div className="utrecht-form-field__label">
            <FormLabel htmlFor="practices-theme">{t('practices.filterTheme')}</FormLabel>
          </div>
          <div className="utrecht-form-field__input">
            <Select id="practices-theme" value={theme} onChange={(e) => setTheme(e.target.value)}>
              <SelectOption value="">{t('practices.filterAll')}</SelectOption>
              {THEMES.map((th) => (
                <SelectOption key={th} value={th}>
                  {label('Theme', th)}
                </SelectOption>
              ))}
            </Select>
          </div>
        </FormField>
        <FormField type="text">
          <div className="utrecht-form-field__label">
            <FormLabel htmlFor="practices-search">{t('practices.search')}</FormLabel>
          </div>
          <FormFieldDescription id="practices-search-description">
            {t('practices.searchDescription')}
          </FormFieldDescription>
          <div className="utrecht-form-field__input">
            <Textbox
              id="practices-search"
              type="search"
              value={search}
              aria-describedby="practices-search-description"
              onChange={(e) => setSearch(e.target.value)}
            />
          </div>
        </FormField>
      </div>
      <Paragraph role="status" data-testid="practices-count">
        {t('practices.count', { shown: shown.length, total: data.practices.length })}
      </Paragraph>
      <ul className="olievlek-practices__list">
        {shown.map((p) => {
          const adoptedIn = actions.find((a) => a.practiceId === p.id);
          return (
            <li key={p.id} className="olievlek-practices__item" data-practice={p.id}>
              <article aria-labelledby={`practice-${p.id}`}>
                <Heading3 id={`practice-${p.id}`}>{p.title}</Heading3>
                <dl className="olievlek-practices__facts">
                  <dt>{t('practices.origin')}</dt>
                  <dd>{p.origin}</dd>
                  <dt>{t('practices.theme')}</dt>
                  <dd data-theme={p.theme}>{label('Theme', p.theme)}</dd>
                </dl>
                <Paragraph>{p.description}</Paragraph>
                <Paragraph className="olievlek-practices__source">
                  {t('practices.source')}: {p.source}
                </Paragraph>
                {adoptedIn ? (
                  <Paragraph className="olievlek-practices__adopted">
                    {t('practices.adopted', { title: adoptedIn.title })}
                  </Paragraph>
                ) : mayAdopt && !chosen.includes(p.theme) ? (
                  <Paragraph className="olievlek-practices__hint">
                    {t('practices.themeNotChosen', { theme: label('Theme', p.theme) })}
                  </Paragraph>
                ) : mayAdopt && adopting === p.id ? (
                  <AdoptForm
                    programmeId={programmeId}
                    practice={p}
                    onDone={() => {
                      setAdopting(undefined);
                      refetch();
                    }}
                    onCancel={() => setAdopting(undefined)}
                  />
                ) : mayAdopt ? (
                  <Button
                    appearance="secondary-action-button"
                    aria-describedby={`practice-${p.id}`}
                    onClick={() => setAdopting(p.id)}
                  >
                    {t('practices.adopt')}
                  </Button>
                ) : null}
              </article>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
