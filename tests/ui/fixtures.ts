import type { Article } from '../../src/core/types.ts';
import { article } from './mount.ts';

/** Three made-up reports of one event, as a reader's library might hold them. */
export function sampleLibrary(): Article[] {
  return [
    article('2024-03-02-harbour-gazette-bridge.md', `---
title: Bridge closed after barge strike
outlet: Harbour Gazette
published: 2024-03-02
author: Ana Ruiz
url: https://example.org/bridge
---
A barge struck the Eastgate bridge on Friday night, officials said.

Two people were treated for minor injuries.
`),
    article('2024-03-01-city-wire-bridge.md', `---
title: Barge hits Eastgate bridge
outlet: City Wire
published: 2024-03-01
---
The Eastgate bridge was hit by a barge late on Friday.

## Reaction

> "We are inspecting every pier," the mayor said.
`),
    article('undated-notes.txt', `Notes without a date\nA third account with no date.\n`),
  ];
}
