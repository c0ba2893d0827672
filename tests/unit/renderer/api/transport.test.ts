import { describe, expect, it } from 'vitest';
import type { CoachBridge, SaveFileOutcome } from '../../../../src-main/common/contract/bridge';
import { ipcTransport } from '../../../../src-renderer/api/transport';

/** A preload bridge whose save dialog answers `outcome`, recording what it was asked to save. */
function bridgeSaving(outcome: SaveFileOutcome) {
  const asked: [string, string][] = [];
  const bridge: CoachBridge = {
    invoke: async () => ({ ok: true, value: null }),
    on: () => () => {},
    saveFile: async (suggestedName, base64) => {
      asked.push([suggestedName, base64]);
      return outcome;
    },
  };
  return { bridge, asked };
}

const file = { fileName: 'brief.pdf', mimeType: 'application/pdf', base64: 'JVBERi0=' };

describe('saving an exported file through the Electron transport', () => {
  it("offers the file's name and bytes to the save dialog and reports where it went", async () => {
    const { bridge, asked } = bridgeSaving({ saved: true, path: '/home/coach/brief.pdf' });
    expect(await ipcTransport(bridge).saveFile(file)).toEqual({ kind: 'saved', path: '/home/coach/brief.pdf' });
    expect(asked).toEqual([['brief.pdf', 'JVBERi0=']]);
  });

  it('reports a cancelled dialog as cancelled', async () => {
    const { bridge } = bridgeSaving({ saved: false });
    expect(await ipcTransport(bridge).saveFile(file)).toEqual({ kind: 'cancelled' });
  });
});
