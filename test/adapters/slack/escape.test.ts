import { describe, expect, test } from 'vitest';
import { escapeMrkdwn, mrkdwnLink, safeLinkUrl } from '../../../adapters/slack/escape.ts';

describe('escaping for mrkdwn', () => {
  test('escapes &, < and > so text cannot mention anyone', () => {
    expect(escapeMrkdwn('<!channel> & <!here> <@U123> AT&T')).toBe(
      '&lt;!channel&gt; &amp; &lt;!here&gt; &lt;@U123&gt; AT&amp;T',
    );
  });

  test('escapes already-escaped text again, so it shows as written', () => {
    expect(escapeMrkdwn('&lt;')).toBe('&amp;lt;');
  });

  test('accepts only http(s) link targets and keeps them from ending the link early', () => {
    expect(safeLinkUrl('javascript:alert(1)')).toBeUndefined();
    expect(safeLinkUrl('not a url')).toBeUndefined();
    expect(safeLinkUrl(undefined)).toBeUndefined();
    expect(safeLinkUrl('https://example.org/a|b?x=<1>&y=2')).toBe(
      'https://example.org/a%7Cb?x=%3C1%3E&amp;y=2',
    );
  });

  test('links a label, or shows it plain when there is no usable URL', () => {
    expect(mrkdwnLink('https://example.org/', 'Q&A <live>')).toBe(
      '<https://example.org/|Q&amp;A &lt;live&gt;>',
    );
    expect(mrkdwnLink(undefined, 'Q&A')).toBe('Q&amp;A');
    expect(mrkdwnLink('https://example.org/', 'two\nlines')).toBe('<https://example.org/|two lines>');
  });
});
