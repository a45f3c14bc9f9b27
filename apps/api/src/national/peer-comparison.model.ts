import { ArgsType, Field, Float, Int, ObjectType } from '@nestjs/graphql';
import { IsInt, Max, Min } from 'class-validator';
import { ProgrammeModel } from '../programmes/programme.model';

@ObjectType('PeerComparison', {
  description:
    'Hoe lang het programma al in zijn huidige fase zit, vergeleken met de afgeronde verblijven in die fase van alle programma’s (docs/rules.md "Peer comparison"). Een signaal, geen escalatie.',
})
export class PeerComparisonModel {
  @Field(() => Float, { description: 'Kalenderdagen in de huidige fase tot nu (pauzes meegeteld).' })
  daysInPhase!: number;

  @Field(() => Float, {
    nullable: true,
    description:
      'Percentiel: het aandeel afgeronde verblijven in deze fase dat korter duurde, in procenten (een gelijke telt half), op één decimaal. Leeg als nog geen programma deze fase afrondde.',
  })
  percentile!: number | null;

  @Field({
    description:
      'Trager dan 80 % van vergelijkbare programma’s: percentiel boven 80, bij minstens 5 afgeronde verblijven in de fase.',
  })
  slowerThanPeers!: boolean;

  @Field(() => Int, { description: 'Afgeronde verblijven in deze fase: de programma’s waarmee vergeleken is.' })
  completedStays!: number;
}

@ObjectType('SlowerThanPeersEntry', { description: 'Een lopend programma dat trager is dan 80 % van vergelijkbare.' })
export class SlowerThanPeersEntryModel {
  @Field(() => ProgrammeModel, { description: 'Het programma.' })
  programme!: ProgrammeModel;

  @Field(() => PeerComparisonModel, { description: 'De vergelijking.' })
  peerComparison!: PeerComparisonModel;
}

@ObjectType('SlowerThanPeersPage', { description: 'Een pagina van de lijst, hoogste percentiel eerst.' })
export class SlowerThanPeersPageModel {
  @Field(() => Int, { description: 'Alle programma’s op de lijst, niet alleen deze pagina.' })
  totalCount!: number;

  @Field(() => [SlowerThanPeersEntryModel], { description: 'Hoogste percentiel eerst, dan het langst in de fase.' })
  entries!: SlowerThanPeersEntryModel[];
}

@ArgsType()
export class SlowerThanPeersArgs {
  @Field(() => Int, { defaultValue: 50, description: 'Hoeveel programma’s (1–200).' })
  @IsInt()
  @Min(1)
  @Max(200)
  first!: number;

  @Field(() => Int, { defaultValue: 0, description: 'Hoeveel programma’s overslaan (voor de volgende pagina).' })
  @IsInt()
  @Min(0)
  @Max(100_000)
  offset!: number;
}
