/**
 * The fixture server and one browser that a test file's suites share: started before the
 * file's first test and closed after its last, whatever fails in between. Read `.server`
 * and `.harness` inside tests and hooks, where they are set.
 */
import { after, before } from 'node:test';
import { launch, type Harness, type LaunchOptions } from './browser';
import { startServer, type FixtureServer } from './server';

export interface SharedBrowser {
  readonly server: FixtureServer;
  readonly harness: Harness;
}

export function sharedBrowser(options: LaunchOptions = {}): SharedBrowser {
  const shared = {} as { server: FixtureServer; harness: Harness };
  before(async () => {
    shared.server = await startServer();
    shared.harness = await launch(shared.server, options);
  });
  after(async () => {
    await shared.harness?.close();
    await shared.server?.close();
  });
  return shared;
}
