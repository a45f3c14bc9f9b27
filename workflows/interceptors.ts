// Not a workflow: OpenTelemetry spans inside the workflow sandbox, bundled beside the workflows
// (interceptors.workflowModules) when the worker traces.
//
// Why not the SDK's own workflow interceptors (`@temporalio/interceptors-opentelemetry`)? They are
// async functions around every handler and activity call, so even with their SDK flags off they
// add microtask hops: an update's completion then lands after the projection loop's activity
// command, and the committed histories (programmes running today) fail to replay. These
// interceptors hand back the very promise `next` returns and end their span in a side reaction,
// so commands come out in the same order with tracing on or off (test/workflows/replay.spec.ts).
// The trace context travels in the SDK interceptors' header, so the API's client spans and the
// worker's activity spans link up with these.
// First: sets the `performance` and `window` globals OpenTelemetry reads as it loads, in the sandbox only.
import '@temporalio/interceptors-opentelemetry/lib/workflow/runtime';
import { context, SpanStatusCode, trace, type Context, type Span } from '@opentelemetry/api';
import { W3CTraceContextPropagator } from '@opentelemetry/core';
import { BasicTracerProvider, SimpleSpanProcessor } from '@opentelemetry/sdk-trace-base';
import {
  extractContextFromHeaders,
  headersWithContext,
} from '@temporalio/interceptors-opentelemetry/lib/instrumentation';
import { ContextManager } from '@temporalio/interceptors-opentelemetry/lib/workflow/context-manager';
import { SpanExporter } from '@temporalio/interceptors-opentelemetry/lib/workflow/span-exporter';
import {
  ActivityFailure,
  ApplicationFailure,
  ContinueAsNew,
  isCancellation,
  workflowInfo,
  type WorkflowInterceptors,
} from '@temporalio/workflow';

let tracer: ReturnType<typeof trace.getTracer> | undefined;

function getTracer() {
  if (!tracer) {
    // Spans leave through the worker's `exporter` sink as they end; sinks are not called during replay.
    const provider = new BasicTracerProvider({ spanProcessors: [new SimpleSpanProcessor(new SpanExporter())] });
    provider.register({ contextManager: new ContextManager(), propagator: new W3CTraceContextPropagator() });
    tracer = provider.getTracer('olievlek-workflow');
  }
  return tracer;
}

// Header context first, else the active one (a handler's, or the run's for the loops it started).
function parentOf(headers: Parameters<typeof extractContextFromHeaders>[0]): Context {
  return extractContextFromHeaders(headers) ?? context.active();
}

/**
 * Runs `call` in a new span's context and returns its promise untouched: the span ends in a
 * reaction of its own that makes no command, so no `await` or extra hop reaches workflow code.
 */
function traced<T>(
  name: string,
  parent: Context,
  call: () => Promise<T>,
  attributes: Record<string, string> = {},
): Promise<T> {
  const span = getTracer().startSpan(name, { attributes }, parent);
  let promise: Promise<T>;
  try {
    promise = context.with(trace.setSpan(parent, span), call);
  } catch (error) {
    fail(span, error);
    throw error;
  }
  promise.then(
    () => span.end(),
    (error: unknown) => fail(span, error),
  );
  return promise;
}

function fail(span: Span, error: unknown): void {
  // Continue-as-new and cancellation end a run as designed; a rule violation is an expected answer.
  const expected = isCancellation(error) || error instanceof ContinueAsNew || error instanceof ApplicationFailure;
  if (!expected) {
    span.recordException(error instanceof Error ? error : String(error));
    span.setStatus({
      code: SpanStatusCode.ERROR,
      message:
        error instanceof ActivityFailure
          ? (error.cause?.message ?? error.message)
          : error instanceof Error
            ? error.message
            : String(error),
    });
  }
  span.end();
}

/** RunWorkflow, HandleUpdate and HandleSignal spans under the caller's, StartActivity spans under those. */
export const interceptors = (): WorkflowInterceptors => {
  // Before any header is read: the propagator is registered with the provider.
  getTracer();
  return {
    inbound: [
      {
        execute: (input, next) =>
          traced(`RunWorkflow:${workflowInfo().workflowType}`, parentOf(input.headers), () => next(input)),
        handleUpdate: (input, next) =>
          traced(`HandleUpdate:${input.name}`, parentOf(input.headers), () => next(input), {
            temporalUpdateId: input.updateId,
          }),
        handleSignal: (input, next) =>
          traced(`HandleSignal:${input.signalName}`, parentOf(input.headers), () => next(input)),
      },
    ],
    outbound: [
      {
        scheduleActivity: (input, next) =>
          traced(`StartActivity:${input.activityType}`, context.active(), () =>
            next({ ...input, headers: headersWithContext(input.headers) }),
          ),
      },
    ],
  };
};
