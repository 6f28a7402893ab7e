import { describe, expect, it } from 'vitest';
import { isSensitiveHistoryLine } from '../../../src/repl/history/index.js';

describe('isSensitiveHistoryLine', () => {
  it.each([
    "$p = ConvertTo-SecureString 'Pa55' -AsPlainText -Force",
    'Connect-ExchangeOnline -AccessToken eyJ0eXAi',
    "Connect-ExchangeOnline -CertificateFilePath c.pfx -CertificatePassword (Read-Host -AsSecureString)",
    "New-Mailbox -Name x -Password $pw",
    "$app = @{ ClientSecret = 'abc' }",
    "$token = 'abcd'",
    'Invoke-RestMethod -Headers @{ apikey = "k" }',
    'Set-Secret -Name x -Secret hunter2',
    'convertto-securestring x',
  ])('keeps %s out of the file', (line) => {
    expect(isSensitiveHistoryLine(line)).toBe(true);
  });

  it.each([
    'Get-EXOMailbox -ResultSize 10',
    "Get-Mailbox | Where-Object { $_.Alias -like 'a*' }",
    '$cred = Get-Secret -Name ExoAdmin',
    'Get-SecretInfo',
  ])('saves %s', (line) => {
    expect(isSensitiveHistoryLine(line)).toBe(false);
  });
});
