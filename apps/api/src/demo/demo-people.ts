/** The demo organization's people: a real hierarchy of about 60, deterministic so tokens are stable. */
export interface DemoPerson {
  key: string;
  first: string;
  last: string;
  department: string;
  role: string;
  managerKey: string | null;
  roles: string[];
  workContext: 'OFFICE' | 'REMOTE' | 'HYBRID' | 'FRONTLINE';
  hireDate: string;
}

export const DEMO_DOMAIN = 'demo.skillpath.dev';
export const demoEmail = (key: string) => `${key}@${DEMO_DOMAIN}`;
export const demoSubject = (email: string) => `demo|${email.toLowerCase()}`;

export const DEMO_HR_KEY = 'hana.hughes';
export const DEMO_MANAGER_KEY = 'maya.lopez';
export const DEMO_EMPLOYEE_KEY = 'eli.turner';

export const DEMO_USERS = [
  { label: 'HR admin', key: 'hana.hughes', email: demoEmail('hana.hughes') },
  { label: 'Manager', key: 'maya.lopez', email: demoEmail('maya.lopez') },
  { label: 'Employee', key: 'eli.turner', email: demoEmail('eli.turner') },
];

const FIRST = ['Ava', 'Ben', 'Chloe', 'Dev', 'Emma', 'Finn', 'Grace', 'Hugo', 'Ines', 'Jon', 'Kira', 'Liam', 'Mia', 'Noah', 'Olive', 'Pablo', 'Quinn', 'Rosa', 'Sam', 'Tara', 'Umar', 'Vera', 'Wes', 'Xena', 'Yuki', 'Zane'];
const LAST = ['Adams', 'Brooks', 'Chen', 'Diaz', 'Evans', 'Fischer', 'Garcia', 'Hall', 'Ito', 'Jones', 'Kim', 'Lee', 'Moreau', 'Nagy', 'Okafor', 'Patel', 'Quist', 'Rossi', 'Silva', 'Tanaka'];

interface TeamSpec { lead: [string, string]; leadKey?: string; role: string; leadRole: string; size: number; context: DemoPerson['workContext'] }
const DEPARTMENTS: Array<{ name: string; head: [string, string]; headRole: string; teams: TeamSpec[] }> = [
  { name: 'Customer Support', head: ['Sofia', 'Ramirez'], headRole: 'Support Director', teams: [
    { lead: ['Maya', 'Lopez'], leadKey: 'maya.lopez', leadRole: 'Support Team Lead', role: 'Support Agent', size: 8, context: 'HYBRID' },
    { lead: ['Omar', 'Haddad'], leadRole: 'Support Team Lead', role: 'Support Agent', size: 8, context: 'REMOTE' },
  ] },
  { name: 'Engineering', head: ['Priya', 'Nair'], headRole: 'Engineering Director', teams: [
    { lead: ['Lucas', 'Weber'], leadRole: 'Engineering Manager', role: 'Software Engineer', size: 8, context: 'HYBRID' },
    { lead: ['Aisha', 'Bello'], leadRole: 'Engineering Manager', role: 'Site Reliability Engineer', size: 5, context: 'REMOTE' },
  ] },
  { name: 'IT Operations', head: ['Tom', 'Becker'], headRole: 'IT Director', teams: [
    { lead: ['Nina', 'Kowalski'], leadRole: 'IT Service Manager', role: 'IT Technician', size: 8, context: 'FRONTLINE' },
  ] },
  { name: 'Sales', head: ['James', 'OConnor'], headRole: 'Sales Director', teams: [
    { lead: ['Lena', 'Schmidt'], leadRole: 'Sales Manager', role: 'Account Executive', size: 6, context: 'OFFICE' },
  ] },
];

/** Builds the list once: CEO, HR, four departments with heads, team leads and their teams. */
export function demoPeople(): DemoPerson[] {
  const people: DemoPerson[] = [];
  let n = 0;
  const hire = (i: number) => `20${(16 + (i % 9)).toString().padStart(2, '0')}-${String(1 + (i % 12)).padStart(2, '0')}-${String(1 + ((i * 7) % 28)).padStart(2, '0')}`;
  const add = (p: Omit<DemoPerson, 'hireDate'>) => people.push({ ...p, hireDate: hire(n++) });
  const keyOf = (first: string, last: string) => `${first}.${last}`.toLowerCase();
  add({ key: 'claire.dubois', first: 'Claire', last: 'Dubois', department: 'Leadership', role: 'Chief Executive Officer', managerKey: null, roles: ['MANAGER', 'EMPLOYEE'], workContext: 'OFFICE' });
  add({ key: 'hana.hughes', first: 'Hana', last: 'Hughes', department: 'People', role: 'HR Business Partner', managerKey: 'claire.dubois', roles: ['HR_ADMIN', 'EMPLOYEE'], workContext: 'HYBRID' });
  add({ key: 'ravi.shah', first: 'Ravi', last: 'Shah', department: 'People', role: 'L&D Specialist', managerKey: 'hana.hughes', roles: ['HR_ADMIN', 'EMPLOYEE'], workContext: 'HYBRID' });
  let i = 0;
  for (const d of DEPARTMENTS) {
    const headKey = keyOf(...d.head);
    add({ key: headKey, first: d.head[0], last: d.head[1], department: d.name, role: d.headRole, managerKey: 'claire.dubois', roles: ['MANAGER', 'EMPLOYEE'], workContext: 'OFFICE' });
    for (const team of d.teams) {
      const leadKey = team.leadKey ?? keyOf(...team.lead);
      add({ key: leadKey, first: team.lead[0], last: team.lead[1], department: d.name, role: team.leadRole, managerKey: headKey, roles: ['MANAGER', 'EMPLOYEE'], workContext: team.context });
      for (let k = 0; k < team.size; k++, i++) {
        const isEli = leadKey === 'maya.lopez' && k === 0;
        const first = isEli ? 'Eli' : FIRST[(i * 5) % FIRST.length];
        const last = isEli ? 'Turner' : LAST[(i * 3 + k) % LAST.length];
        const key = isEli ? 'eli.turner' : `${keyOf(first, last)}${i}`;
        add({ key, first, last, department: d.name, role: team.role, managerKey: leadKey, roles: ['EMPLOYEE'], workContext: team.context });
      }
    }
  }
  return people;
}
