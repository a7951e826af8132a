import type { Delegation } from '@praxis/contracts';
import { act, fireEvent, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { AppProviders } from '../../app/AppProviders';
import { createQueryClient } from '../../app/queryClient';
import { createI18n } from '../../i18n/i18n';
import { addNotesStrings } from '../../i18n/notesStrings';
import { NotesEditor } from './NotesEditor';

/**
 * No Hocuspocus here: a WebSocket that never opens keeps the provider "connecting", which is enough
 * to check the editor's wiring (extensions, toolbar, `@` picker). There is no IndexedDB in jsdom either.
 */
class SilentWebSocket {
  static urls: string[] = [];
  readyState = 0;
  binaryType = 'blob';
  constructor(url: string) {
    SilentWebSocket.urls.push(url);
  }
  addEventListener() {}
  removeEventListener() {}
  send() {}
  close() {}
}

const delegation = (id: string, countryCode: string, organization: string): Delegation => ({
  id,
  networkId: '7d4f3f3e-2c1a-4f5e-9a7b-1c2d3e4f5a6b',
  countryCode,
  organization,
  retiredAt: null,
  memberCount: 0,
});

const realWebSocket = globalThis.WebSocket;
beforeEach(() => {
  SilentWebSocket.urls = [];
  globalThis.WebSocket = SilentWebSocket as unknown as typeof WebSocket;
});
afterEach(() => {
  globalThis.WebSocket = realWebSocket;
});

function renderEditor(canWrite = true) {
  const i18n = createI18n();
  addNotesStrings(i18n);
  void i18n.changeLanguage('en');
  const onContentChange = jest.fn();
  const view = render(
    <AppProviders i18n={i18n} queryClient={createQueryClient()}>
      <NotesEditor
        sessionId="11111111-1111-4111-8111-111111111111"
        viewerId="3b1e9c52-8f0d-4d8e-9a51-6f2d1c0b7e44"
        viewerName="Ndapewa Shikongo"
        canWrite={canWrite}
        delegations={[
          delegation('th', 'TH', 'Ministry of Public Health'),
          delegation('na', 'NA', 'Ministry of Health'),
        ]}
        onContentChange={onContentChange}
      />
    </AppProviders>,
  );
  return { ...view, onContentChange, user: userEvent.setup() };
}

describe('NotesEditor', () => {
  it('connects to /collab and names a commitment’s delegation from the @ picker', async () => {
    const { user, onContentChange, unmount } = renderEditor();
    const editor = await screen.findByRole('textbox', { name: 'Session notes' });
    expect(screen.getByRole('status')).toHaveTextContent('Connecting…');
    expect(SilentWebSocket.urls).toEqual(['ws://localhost/collab']);
    expect(onContentChange).toHaveBeenLastCalledWith(false);

    await user.click(screen.getByRole('button', { name: 'Commitment' }));
    expect(screen.getByRole('button', { name: 'Commitment' })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
    act(() => {
      editor.focus();
    });
    await user.keyboard('@min');
    const picker = screen.getByRole('listbox', { name: 'Delegations' });
    const options = within(picker).getAllByRole('option');
    // Sorted by country: Namibia, then Thailand; the first is active.
    expect(options.map((option) => option.textContent)).toEqual([
      '🇳🇦 NamibiaMinistry of Health',
      '🇹🇭 ThailandMinistry of Public Health',
    ]);
    expect(options[0]).toHaveAttribute('aria-selected', 'true');
    expect(editor).toHaveAttribute('aria-activedescendant', options[0]!.id);

    await user.keyboard('{ArrowDown}{Enter}');
    expect(screen.queryByRole('listbox')).not.toBeInTheDocument();
    const mention = editor.querySelector('[data-type="delegation"]');
    expect(mention).toHaveTextContent('@Thailand — Ministry of Public Health');
    expect(mention).toHaveAttribute('data-id', 'th');
    expect(mention?.closest('ul[data-type="taskList"]')).not.toBeNull();
    expect(onContentChange).toHaveBeenLastCalledWith(true);

    // The commitment at the caret gets a due date.
    fireEvent.change(screen.getByLabelText('Due date of this commitment'), {
      target: { value: '2031-03-31' },
    });
    expect(editor.querySelector('li[data-due-date="2031-03-31"]')).not.toBeNull();
    unmount();
  });

  it('closes the picker on Escape and says when nothing matches', async () => {
    const { user, unmount } = renderEditor();
    const editor = await screen.findByRole('textbox', { name: 'Session notes' });
    act(() => {
      editor.focus();
    });
    await user.keyboard('@kenya');
    expect(screen.getByText('No delegation matches “kenya”.')).toBeInTheDocument();
    await user.keyboard('{Escape}');
    expect(screen.queryByText('No delegation matches “kenya”.')).not.toBeInTheDocument();
    unmount();
  });

  it('refuses a javascript: link with a message', async () => {
    const { user, unmount } = renderEditor();
    await screen.findByRole('textbox', { name: 'Session notes' });
    await user.click(screen.getByRole('button', { name: 'Link' }));
    await user.type(screen.getByRole('textbox', { name: 'Link address' }), 'javascript:alert(1)');
    await user.click(screen.getByRole('button', { name: 'Apply link' }));
    expect(screen.getByRole('alert')).toHaveTextContent(
      'Only web addresses (http or https) and email links (mailto) can be linked.',
    );
    unmount();
  });

  it('gives observers the notes to read, without a toolbar', async () => {
    const { unmount } = renderEditor(false);
    const editor = await screen.findByRole('textbox', { name: 'Session notes' });
    expect(editor).toHaveAttribute('contenteditable', 'false');
    expect(screen.getByRole('status')).toHaveTextContent('Read only · Connecting…');
    expect(screen.queryByRole('button', { name: 'Bold' })).not.toBeInTheDocument();
    unmount();
  });
});
