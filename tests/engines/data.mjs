// The bundled programme (src/data/programme.toml), and the sessions, topic, word and
// organisation the journeys use, chosen from it with the app's own rules (the harness's folding
// and searchable text), so a changed schedule needs no change in the journeys.

import { describedWord, fold, listedSessions, normalise, readProgramme, searchableText } from '../support/harness.mjs';

export const programme = readProgramme();
/** Every session, in the order the programme lists them (by start time). */
export const sessions = listedSessions(programme);
export const TOTAL = sessions.length;
export const bySlug = new Map(sessions.map((s) => [s.slug, s]));
/** Every title as the page shows it (whitespace collapsed), in list order. */
export const titles = sessions.map((s) => normalise(s.title));

const slugs = (list) => list.map((s) => s.slug);
/** `chosen` slugs in list order, as the programme and the shortlist view show them. */
export const inListOrder = (chosen) => slugs(sessions.filter((s) => chosen.includes(s.slug)));

/** Whether `word` starts a word of what the app searches in session `s` (src/programme/search.rs). */
const found = (s, word) => searchableText(s, programme).includes(` ${fold(word)}`);
const withTopic = (topic) => sessions.filter((s) => (s.topics ?? []).includes(topic.slug));

/**
 * A topic and a word of one of its sessions' titles that narrow each other: together they give
 * some sessions (at least that one), fewer than the topic alone and fewer than the word alone.
 */
export const FIND = (() => {
  for (const topic of [...programme.topics].sort((a, b) => withTopic(b).length - withTopic(a).length)) {
    for (const s of withTopic(topic)) {
      for (const word of fold(s.title).split(' ').filter((w) => /^[a-z]{5,}$/.test(w))) {
        const byWord = sessions.filter((x) => found(x, word));
        const both = byWord.filter((x) => (x.topics ?? []).includes(topic.slug));
        if (both.length < withTopic(topic).length && both.length < byWord.length) {
          return { topic, word, byWord: slugs(byWord), both: slugs(both) };
        }
      }
    }
  }
  throw new Error('the data has no topic and title word that narrow each other');
})();

/** A word only some sessions' descriptions hold, which the app fetches when the person searches. */
export const DESCRIBED = describedWord(programme, sessions);

/** The organisation with the most sessions, but not all of them: the embedded frame shows it. */
export const ORG = (() => {
  const org = [...programme.organisations]
    .map((o) => ({ ...o, sessions: slugs(sessions.filter((s) => (s.organisations ?? []).includes(o.slug))) }))
    .filter((o) => o.sessions.length > 1 && o.sessions.length < TOTAL)
    .sort((a, b) => b.sessions.length - a.sessions.length)[0];
  if (!org) throw new Error('the data has no organisation with some sessions but not all');
  return org;
})();

/** A session far down the list: coming back to it needs the list's place restored. */
export const far = sessions[Math.floor(TOTAL * 0.8)];
/** Sessions spread over the programme (early, middle, late), for shortlisting and sharing. */
export const [early, middle, late] = [sessions[1], sessions[Math.floor(TOTAL / 2)], sessions[TOTAL - 2]];
