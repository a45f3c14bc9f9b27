import type { ProgrammePageQuery } from '../../gql/graphql';

/** The programme as the page asks for it (index.tsx), handed to its sections. */
export type PageProgramme = NonNullable<ProgrammePageQuery['programme']>;
/** The signed-in person's roles in this programme. */
export type PageMembership = ProgrammePageQuery['me']['memberships'][number];
