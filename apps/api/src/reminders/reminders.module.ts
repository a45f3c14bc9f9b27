import { Module } from '@nestjs/common';
import { ReminderOffsetsResolver } from './reminder-offsets.resolver';
import { ReminderOffsetsService } from './reminder-offsets.service';

/** Reminders before deadlines, per programme (issue 16): the offsets a programme chose within national policy. */
@Module({ providers: [ReminderOffsetsService, ReminderOffsetsResolver] })
export class RemindersModule {}
