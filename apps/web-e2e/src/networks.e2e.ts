import { DEMO_PASSWORD, expect, press, test } from './support/fixtures';

const NETWORK = 'Multi-Country Learning Network for Quality Improvement';

test.describe('building a network (journey 1)', () => {
  test('a convener adds a delegation and invites someone, who accepts in another browser and lands in the network', async ({
    page,
    newPerson,
  }) => {
    await page.goto('/login');
    await page.getByLabel('Email').fill('convener@demo.praxis.test');
    await page.getByLabel('Password').fill(DEMO_PASSWORD);
    await press(page.getByRole('button', { name: 'Sign in' }));
    await press(page.getByRole('link', { name: NETWORK }));
    await expect(page.getByRole('heading', { level: 1, name: NETWORK })).toBeVisible();

    await press(
      page
        .getByRole('navigation', { name: `Sections of ${NETWORK}` })
        .getByRole('link', { name: 'Delegations' }),
    );
    const organization = `Ministry of Health — Quality Unit ${Date.now()}`;
    await page.getByLabel('Country', { exact: true }).selectOption('MW');
    await page.getByLabel('Organization', { exact: true }).fill(organization);
    await press(page.getByRole('button', { name: 'Add delegation' }));
    await expect(page.getByText(`Delegation added: Malawi — ${organization}.`)).toBeVisible();

    await press(
      page
        .getByRole('navigation', { name: `Sections of ${NETWORK}` })
        .getByRole('link', { name: 'Invitations' }),
    );
    const email = `grace.${Date.now()}@example.org`;
    await page.getByLabel('Email address', { exact: true }).fill(email);
    await page.getByLabel('Role', { exact: true }).selectOption('member');
    await page
      .getByLabel('Delegation', { exact: true })
      .selectOption({ label: `Malawi — ${organization}` });
    await press(page.getByRole('button', { name: 'Send invitation' }));
    const link = page.getByRole('textbox', { name: 'Invitation link' });
    await expect(link).toHaveValue(/\/invitations\/[\w-]{43}$/);
    const invitationPath = new URL(await link.inputValue()).pathname;
    await expect(
      page.getByRole('region', { name: 'Sent invitations' }).getByText(email),
    ).toBeVisible();

    const inviteePage = await (await newPerson()).newPage();
    await inviteePage.goto(invitationPath);
    await expect(inviteePage.getByRole('heading', { name: `Join ${NETWORK}` })).toBeVisible();
    await inviteePage.getByLabel('Your name').fill('Grace Banda');
    await inviteePage.getByLabel('Password', { exact: true }).fill('stock-cards-for-malawi');
    await inviteePage.getByLabel('Time zone', { exact: true }).selectOption('Africa/Blantyre');
    await press(inviteePage.getByRole('button', { name: 'Create account and join' }));

    await expect(inviteePage.getByRole('heading', { level: 1, name: NETWORK })).toBeVisible();
    await expect(inviteePage).toHaveURL(/\/networks\/[0-9a-f-]{36}$/);
    await expect(inviteePage.getByRole('banner')).toContainText('Grace Banda');
    await expect(inviteePage.getByText(organization)).toBeVisible();

    await inviteePage.goto(invitationPath);
    await expect(
      inviteePage.getByRole('heading', { name: 'This invitation link cannot be used' }),
    ).toBeVisible();

    await page.reload();
    await expect(page.getByRole('region', { name: 'Sent invitations' })).toContainText(email);
  });
});

test.describe('network visibility and settings', () => {
  test('anyone reads a public network’s page; a members-only one asks to sign in', async ({
    page,
  }) => {
    const networks = {
      acln: '0d8f4a2e-1c55-4b7a-9d0e-5a1f00000002',
      mcln: '0d8f4a2e-1c55-4b7a-9d0e-5a1f00000001',
    };
    await page.goto(`/networks/${networks.acln}`);
    await expect(
      page.getByRole('heading', { level: 1, name: 'All-Country Learning Network' }),
    ).toBeVisible();
    await expect(
      page.getByText('Ministry of Health — National Quality Programme').first(),
    ).toBeVisible();
    await page.goto(`/networks/${networks.mcln}`);
    await expect(page).toHaveURL(/\/login/);
  });

  test('a convener chooses when members are reminded of sessions', async ({ page }) => {
    await page.goto('/login');
    await page.getByLabel('Email').fill('convener@demo.praxis.test');
    await page.getByLabel('Password').fill(DEMO_PASSWORD);
    await press(page.getByRole('button', { name: 'Sign in' }));
    await press(page.getByRole('link', { name: NETWORK }));
    await press(
      page
        .getByRole('navigation', { name: `Sections of ${NETWORK}` })
        .getByRole('link', { name: 'Settings' }),
    );
    const reminders = page.getByRole('group', { name: 'E-mail reminders to members' });
    await expect(reminders.getByLabel('1 day before')).toBeChecked();
    await reminders.getByLabel('1 hour before').check();
    await press(page.getByRole('button', { name: 'Save changes' }));
    await expect(page.getByText('Changes saved.')).toBeVisible();
    await page.reload();
    await expect(
      page.getByRole('group', { name: 'E-mail reminders to members' }).getByLabel('1 hour before'),
    ).toBeChecked();
  });
});
