import { t } from './l10n';
import { h } from './dom';
import type { Tab } from './vscodeApi';

const TABS: { id: Tab; label: () => string }[] = [
  { id: 'reflect', label: () => t('Reflect') },
  { id: 'history', label: () => t('History') },
];

/** An ARIA tab list: one Tab stop, arrow keys move between tabs, the panels follow. */
export function renderTabs(selected: Tab, panels: Record<Tab, HTMLElement>, onSelect: (tab: Tab) => void): HTMLElement {
  const buttons = TABS.map(({ id, label }) => {
    const button = h('button', { type: 'button', role: 'tab', id: `tab-${id}`, 'aria-controls': `panel-${id}` }, label());
    button.addEventListener('click', () => select(id));
    return button;
  });
  const select = (tab: Tab): void => {
    TABS.forEach(({ id }, index) => {
      const active = id === tab;
      const button = buttons[index]!;
      button.setAttribute('aria-selected', String(active));
      button.tabIndex = active ? 0 : -1;
      panels[id].hidden = !active;
    });
    onSelect(tab);
  };
  const list = h('div', { class: 'tabs', role: 'tablist', 'aria-label': t('Lead Review') }, ...buttons);
  list.addEventListener('keydown', (event) => {
    if (event.key !== 'ArrowRight' && event.key !== 'ArrowLeft') {
      return;
    }
    const current = Math.max(buttons.indexOf(document.activeElement as HTMLButtonElement), 0);
    const next = (current + (event.key === 'ArrowRight' ? 1 : TABS.length - 1)) % TABS.length;
    select(TABS[next]!.id);
    buttons[next]!.focus();
    event.preventDefault();
  });
  for (const { id } of TABS) {
    panels[id].setAttribute('role', 'tabpanel');
    panels[id].id = `panel-${id}`;
    panels[id].setAttribute('aria-labelledby', `tab-${id}`);
  }
  select(selected);
  return list;
}
