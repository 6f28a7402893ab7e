import { X509Certificate } from 'node:crypto';
import { statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadOrCreateTls } from '../../../src/sandbox/tls/certificates.js';
import { tempDir } from '../helpers.js';

describe('sandbox TLS material', () => {
  it('creates a CA and a loopback server certificate once, then reuses them', () => {
    const dir = tempDir();
    const first = loadOrCreateTls(dir, '127.0.0.1');
    const ca = new X509Certificate(first.caPem);
    const server = new X509Certificate(first.serverCertPem);
    expect(ca.ca).toBe(true);
    expect(server.ca).toBe(false);
    expect(server.verify(ca.publicKey)).toBe(true);
    expect(server.checkIP('127.0.0.1')).toBe('127.0.0.1');
    expect(server.checkIP('::1')).toBe('::1');
    expect(server.checkHost('localhost')).toBe('localhost');
    expect(statSync(join(dir, 'tls', 'ca-key.pem')).mode & 0o777).toBe(0o600);

    const again = loadOrCreateTls(dir, 'localhost');
    expect(again.caPem).toBe(first.caPem);
    expect(again.serverCertPem).toBe(first.serverCertPem);
  });

  it('reissues only the server certificate, from the same CA, for a host it does not cover', () => {
    const dir = tempDir();
    const first = loadOrCreateTls(dir, '127.0.0.1');
    const other = loadOrCreateTls(dir, 'sandbox.example.test');
    expect(other.caPem).toBe(first.caPem);
    const server = new X509Certificate(other.serverCertPem);
    expect(server.checkHost('sandbox.example.test')).toBe('sandbox.example.test');
    expect(server.checkIP('127.0.0.1')).toBe('127.0.0.1');
    expect(server.verify(new X509Certificate(first.caPem).publicKey)).toBe(true);
  });
});
