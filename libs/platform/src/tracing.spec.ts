import { describe, expect, it } from 'vitest';
import { loadTracingConfig } from './tracing';

// Which OpenTelemetry settings turn tracing on, and which stop the boot (issue 7, production mode).
const sut = (env: Record<string, string>) => loadTracingConfig(env, 'olievlek-api');

describe('loadTracingConfig', () => {
  it('is off without an exporter or endpoint: nothing is created or sent', () => {
    expect(sut({})).toBeUndefined();
    expect(sut({ OTEL_SERVICE_NAME: 'x', OTEL_TRACES_SAMPLER: 'always_on' })).toBeUndefined();
  });

  it('an OTLP endpoint turns it on: protobuf to <endpoint>/v1/traces, under the app name, every root sampled', () => {
    expect(sut({ OTEL_EXPORTER_OTLP_ENDPOINT: 'http://collector:4318/' })).toEqual({
      serviceName: 'olievlek-api',
      exporters: ['otlp'],
      otlpUrl: 'http://collector:4318/v1/traces',
      otlpProtocol: 'http/protobuf',
      resourceAttributes: {},
      sampler: { name: 'parentbased_always_on', ratio: 1 },
    });
  });

  it('takes a traces endpoint as it is, and the traces protocol over the general one', () => {
    const config = sut({
      OTEL_EXPORTER_OTLP_ENDPOINT: 'http://ignored:4318',
      OTEL_EXPORTER_OTLP_TRACES_ENDPOINT: 'https://collector.example/otlp/traces',
      OTEL_EXPORTER_OTLP_PROTOCOL: 'http/protobuf',
      OTEL_EXPORTER_OTLP_TRACES_PROTOCOL: 'http/json',
    });
    expect(config).toMatchObject({ otlpUrl: 'https://collector.example/otlp/traces', otlpProtocol: 'http/json' });
  });

  it('OTEL_SDK_DISABLED=true and OTEL_TRACES_EXPORTER=none win over an endpoint', () => {
    expect(sut({ OTEL_EXPORTER_OTLP_ENDPOINT: 'http://collector:4318', OTEL_SDK_DISABLED: 'true' })).toBeUndefined();
    expect(sut({ OTEL_EXPORTER_OTLP_ENDPOINT: 'http://collector:4318', OTEL_TRACES_EXPORTER: 'none' })).toBeUndefined();
    expect(sut({ OTEL_TRACES_EXPORTER: 'console,none' })).toBeUndefined();
  });

  it('names the service by OTEL_SERVICE_NAME, else the resource attribute, else the app', () => {
    const base = { OTEL_TRACES_EXPORTER: 'console' };
    expect(
      sut({ ...base, OTEL_RESOURCE_ATTRIBUTES: 'service.name=from-attrs,deployment.environment=acc%20ept' }),
    ).toMatchObject({
      serviceName: 'from-attrs',
      exporters: ['console'],
      resourceAttributes: { 'service.name': 'from-attrs', 'deployment.environment': 'acc ept' },
    });
    expect(
      sut({ ...base, OTEL_RESOURCE_ATTRIBUTES: 'service.name=from-attrs', OTEL_SERVICE_NAME: 'named' })?.serviceName,
    ).toBe('named');
    expect(sut(base)?.serviceName).toBe('olievlek-api');
    // Console only: no OTLP URL.
    expect(sut(base)?.otlpUrl).toBeUndefined();
  });

  it('stops the boot on a setting it cannot honour, naming the variable', () => {
    const on = { OTEL_EXPORTER_OTLP_ENDPOINT: 'http://collector:4318' };
    expect(() => sut({ ...on, OTEL_TRACES_EXPORTER: 'jaeger' })).toThrow(/OTEL_TRACES_EXPORTER/);
    expect(() => sut({ ...on, OTEL_EXPORTER_OTLP_PROTOCOL: 'grpc' })).toThrow(/OTEL_EXPORTER_OTLP_PROTOCOL/);
    expect(() => sut({ OTEL_EXPORTER_OTLP_ENDPOINT: 'collector:4317' })).toThrow(/OTEL_EXPORTER_OTLP_ENDPOINT/);
    expect(() => sut({ ...on, OTEL_RESOURCE_ATTRIBUTES: 'team' })).toThrow(/OTEL_RESOURCE_ATTRIBUTES/);
    expect(() =>
      sut({ ...on, OTEL_TRACES_SAMPLER: 'parentbased_traceidratio', OTEL_TRACES_SAMPLER_ARG: '1.5' }),
    ).toThrow(/OTEL_TRACES_SAMPLER_ARG/);
    expect(() => sut({ ...on, OTEL_SDK_DISABLED: 'yes' })).toThrow(/OTEL_SDK_DISABLED/);
  });

  it('samples a ratio of new traces when asked', () => {
    expect(
      sut({
        OTEL_TRACES_EXPORTER: 'otlp',
        OTEL_TRACES_SAMPLER: 'parentbased_traceidratio',
        OTEL_TRACES_SAMPLER_ARG: '0.25',
      }),
    ).toMatchObject({
      otlpUrl: 'http://localhost:4318/v1/traces',
      sampler: { name: 'parentbased_traceidratio', ratio: 0.25 },
    });
  });
});
