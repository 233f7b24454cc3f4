import { describe, expect, it } from 'vitest';
import { columnsInView } from './columnsInView';

const columns = [
  { stage: 'prospect', width: 200 },
  { stage: 'outreach', width: 40 },
  { stage: 'negotiating', width: 200 },
  { stage: 'contract_sent', width: 200 },
  { stage: 'signed', width: 200 },
] as const;

describe('the columns a wide board draws cards in', () => {
  it('draws the columns in view and those within the slack beside it', () => {
    // Columns start at 0, 210, 260, 470, 680 (gap 10).
    expect([...columnsInView([...columns], { left: 0, width: 300 }, 10, 0)]).toEqual(['prospect', 'outreach', 'negotiating']);
    expect([...columnsInView([...columns], { left: 0, width: 300 }, 10, 200)]).toEqual(['prospect', 'outreach', 'negotiating', 'contract_sent']);
  });

  it('follows the board as it scrolls sideways', () => {
    expect([...columnsInView([...columns], { left: 500, width: 150 }, 10, 0)]).toEqual(['contract_sent']);
    expect([...columnsInView([...columns], { left: 700, width: 300 }, 10, 0)]).toEqual(['signed']);
  });
});
