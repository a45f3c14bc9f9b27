import { Module } from '@nestjs/common';
import { NationalResolver } from './national.resolver';

@Module({ providers: [NationalResolver] })
export class NationalModule {}
