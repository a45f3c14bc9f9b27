import {
  Heading1,
  Link,
  Page,
  PageContent,
  PageFooter,
  PageHeader,
  Paragraph,
  SkipLink,
  SubtleButton,
  ButtonLink,
} from '@utrecht/component-library-react';
import { lazy, Suspense } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { Link as RouterLink, Route, Switch, useLocation } from 'wouter';
import { useQuery } from './api/hooks';
import { disconnectLive } from './api/live';
import { ProblemAlert } from './components/problem';
import { graphql } from './gql';
import { LanguageProvider, useLanguage, useSetLanguage } from './i18n';
import { MyTasksPage } from './pages/my-tasks';
import { NotFoundPage } from './pages/not-found';
import { SessionProvider, signInUrl, useSession } from './session';

// Pages other than "Mijn taken" load their own JavaScript when first visited.
const ProgrammePage = lazy(() => import('./pages/programme'));
const StartProgrammePage = lazy(() => import('./pages/programme/start'));
const DecisionPage = lazy(() => import('./pages/decision'));
const PortfolioPage = lazy(() => import('./pages/portfolio'));
const NationalPage = lazy(() => import('./pages/national'));

export const SHELL_QUERY = graphql(`
  query Shell {
    me {
      name
      kwartiermaker
      memberships {
        membershipId
        role
      }
    }
  }
`);

function LanguageSwitch() {
  const language = useLanguage();
  const setLanguage = useSetLanguage();
  const intl = useIntl();
  const other = language === 'nl' ? 'en' : 'nl';
  return (
    <SubtleButton
      lang={other}
      aria-label={intl.formatMessage({ id: 'language.switchLabel' })}
      onClick={() => setLanguage(other)}
    >
      <FormattedMessage id="language.switch" />
    </SubtleButton>
  );
}

function NavLink({ href, children }: { href: string; children: React.ReactNode }) {
  const [location] = useLocation();
  const current = href === '/' ? location === '/' : location.startsWith(href);
  return (
    <li className="olievlek-nav__item">
      <RouterLink href={href} className="utrecht-link olievlek-nav__link" aria-current={current ? 'page' : undefined}>
        {children}
      </RouterLink>
    </li>
  );
}

function Header() {
  const session = useSession();
  const shell = useQuery(SHELL_QUERY, {});
  const intl = useIntl();
  const me = shell.data?.me;
  const managesProgrammes = me?.memberships.some((m) => m.role === 'PROGRAMME_MANAGER') ?? false;
  return (
    <PageHeader className="olievlek-header">
      <div className="olievlek-header__bar">
        <RouterLink href="/" className="olievlek-header__brand">
          <span className="olievlek-header__logo" aria-hidden="true" />
          <FormattedMessage id="app.name" />
        </RouterLink>
        <div className="olievlek-header__session">
          <span>
            <FormattedMessage
              id="session.signedInAs"
              values={{ name: me?.name ?? session.name ?? session.email ?? '' }}
            />
          </span>
          <LanguageSwitch />
          <form method="post" action="/auth/logout" className="olievlek-header__signout" onSubmit={disconnectLive}>
            <SubtleButton type="submit">
              <FormattedMessage id="session.signOut" />
            </SubtleButton>
          </form>
        </div>
      </div>
      <nav aria-label={intl.formatMessage({ id: 'nav.label' })} className="olievlek-nav">
        <ul className="olievlek-nav__list">
          <NavLink href="/">
            <FormattedMessage id="nav.tasks" />
          </NavLink>
          {managesProgrammes && (
            <NavLink href="/portefeuille">
              <FormattedMessage id="nav.portfolio" />
            </NavLink>
          )}
          {me?.kwartiermaker && (
            <NavLink href="/landelijk">
              <FormattedMessage id="nav.national" />
            </NavLink>
          )}
        </ul>
      </nav>
    </PageHeader>
  );
}

function Loading() {
  return (
    <Paragraph role="status" className="olievlek-loading">
      <FormattedMessage id="session.loading" />
    </Paragraph>
  );
}

function SignInPage() {
  const [location] = useLocation();
  return (
    <Page className="olievlek-page">
      <PageContent>
        <main id="main" className="olievlek-main olievlek-main--narrow">
          <Heading1>
            <FormattedMessage id="signIn.title" />
          </Heading1>
          <Paragraph lead>
            <FormattedMessage id="signIn.intro" />
          </Paragraph>
          <ButtonLink appearance="primary-action-button" href={signInUrl(location + window.location.search)}>
            <FormattedMessage id="signIn.button" />
          </ButtonLink>
          <div className="olievlek-signin__language">
            <LanguageSwitch />
          </div>
        </main>
      </PageContent>
    </Page>
  );
}

function Workspace() {
  const shell = useQuery(SHELL_QUERY, {});
  return (
    <Page className="olievlek-page">
      <SkipLink href="#main">
        <FormattedMessage id="app.skipToContent" />
      </SkipLink>
      <Header />
      <PageContent>
        <main id="main" className="olievlek-main" tabIndex={-1}>
          {shell.error ? (
            <ProblemAlert error={shell.error} onRetry={shell.refetch} />
          ) : (
            <Suspense fallback={<Loading />}>
              <Switch>
                <Route path="/">
                  <MyTasksPage />
                </Route>
                <Route path="/programmas/nieuw" component={StartProgrammePage} />
                <Route path="/programmas/:id">{(params) => <ProgrammePage id={params.id} />}</Route>
                <Route path="/programmas/:id/besluit/:step">{(p) => <DecisionPage id={p.id} slug={p.step} />}</Route>
                <Route path="/portefeuille" component={PortfolioPage} />
                <Route path="/landelijk" component={NationalPage} />
                <Route>
                  <NotFoundPage />
                </Route>
              </Switch>
            </Suspense>
          )}
        </main>
      </PageContent>
      <PageFooter className="olievlek-footer">
        <Paragraph small>
          <FormattedMessage id="app.tagline" /> · <Link href="/ATTRIBUTION.txt">Bronnen en licenties</Link>
        </Paragraph>
      </PageFooter>
    </Page>
  );
}

export function App() {
  return (
    <LanguageProvider>
      <SessionProvider loading={<Loading />} signedOut={<SignInPage />}>
        <Workspace />
      </SessionProvider>
    </LanguageProvider>
  );
}
