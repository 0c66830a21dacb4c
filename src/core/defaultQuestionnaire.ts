import type { Questionnaire } from './questionnaire';

/**
 * The built-in question set. Each dimension is one contrast from "When Leaders Aren't Managers
 * (and Vice Versa)"; the wording is ours. Neither pole is phrased as the better one.
 */
export const DEFAULT_QUESTIONNAIRE: Questionnaire = {
  id: 'lead-review/default',
  version: 1,
  title: 'Leading and managing this period',
  scale: [
    { value: 0, label: 'Not at all' },
    { value: 1, label: 'Rarely' },
    { value: 2, label: 'Sometimes' },
    { value: 3, label: 'Often' },
    { value: 4, label: 'Consistently' },
  ],
  dimensions: [
    {
      id: 'title',
      title: 'Beyond the title',
      summary: 'Leaders turn up anywhere on the org chart; management comes with a role.',
      items: [
        { id: 'title.lead', pole: 'leading', text: 'I took the lead on something nobody had asked me to own.' },
        { id: 'title.manage', pole: 'managing', text: 'I carried out the duties my role formally gives me.' },
      ],
    },
    {
      id: 'inspire',
      title: 'Inspire vs oversight',
      summary: 'Leaders share the big picture so others want to carry it; managers turn ideas into results.',
      items: [
        { id: 'inspire.lead', pole: 'leading', text: 'I explained why our work matters in a way that got people behind it.' },
        { id: 'inspire.manage', pole: 'managing', text: 'I turned a plan into measurable, actionable steps and checked progress.' },
      ],
    },
    {
      id: 'people',
      title: 'People vs process',
      summary: 'Leaders invest in people and what drives them; managers tend the process, budget and deadlines.',
      items: [
        { id: 'people.lead', pole: 'leading', text: 'I mentored someone or learned what motivates a teammate.' },
        { id: 'people.manage', pole: 'managing', text: 'I kept work on schedule and on budget, or improved how we work.' },
      ],
    },
    {
      id: 'future',
      title: 'Future vs today',
      summary: 'Leaders cast the vision for tomorrow; managers make sure today is right.',
      items: [
        { id: 'future.lead', pole: 'leading', text: 'I spent time on where the team should be months from now.' },
        { id: 'future.manage', pole: 'managing', text: "I made sure today's details were right: the i's dotted, the t's crossed." },
      ],
    },
    {
      id: 'horizon',
      title: 'Long-term vs day-to-day',
      summary: 'Leaders decide with the long term in mind; managers weigh the operational impact.',
      items: [
        { id: 'horizon.lead', pole: 'leading', text: 'I shaped a decision for its long-term effect.' },
        { id: 'horizon.manage', pole: 'managing', text: 'I made operational calls that kept day-to-day work running.' },
      ],
    },
    {
      id: 'influence',
      title: 'Influence vs position',
      summary: 'Leaders move people through influence; managers draw on the authority of their position.',
      items: [
        { id: 'influence.lead', pole: 'leading', text: 'I changed a decision through persuasion rather than authority.' },
        { id: 'influence.manage', pole: 'managing', text: "I used my role's authority to assign work, decide or unblock." },
      ],
    },
    {
      id: 'skills',
      title: 'Soft vs hard skills',
      summary: 'Leading draws on communication and relationships; managing on planning, budgets and data.',
      items: [
        { id: 'skills.lead', pole: 'leading', text: 'I solved a problem through conversation and relationships.' },
        { id: 'skills.manage', pole: 'managing', text: 'I solved a problem through planning, estimates or data.' },
      ],
    },
  ],
  allocation: [
    { id: 'people', label: 'People' },
    { id: 'process', label: 'Process' },
    { id: 'technical', label: 'Hands-on technical work' },
    { id: 'direction', label: 'Direction and strategy' },
  ],
  energy: [
    { value: 1, label: 'Drained' },
    { value: 2, label: 'Low' },
    { value: 3, label: 'Steady' },
    { value: 4, label: 'Good' },
    { value: 5, label: 'Energised' },
  ],
  titleContext: [
    { value: 'manager', label: 'Yes, a management title' },
    { value: 'lead', label: 'A lead title' },
    { value: 'none', label: 'No' },
  ],
  prompts: [
    { id: 'led', label: 'A moment I led', placeholder: 'When did people follow an idea of yours?' },
    { id: 'managed', label: 'A moment I managed well', placeholder: 'What did you keep on track?' },
    { id: 'differently', label: 'What I would do differently', placeholder: 'With hindsight…' },
    { id: 'focus', label: 'My focus for the next period', placeholder: 'One thing to lean into next time.' },
  ],
};
