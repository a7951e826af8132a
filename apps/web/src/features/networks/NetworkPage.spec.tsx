import { screen } from '@testing-library/react';
import { aMember, aNetwork, errorResponse, fakeApi, jsonResponse } from '../../../test/fakeApi';
import { renderRoute } from '../../../test/renderRoute';

describe('NetworkPage', () => {
  it('shows the network name as the page heading, with its description', async () => {
    const network = aNetwork();
    fakeApi({
      'GET /api/auth/me': () => jsonResponse(200, aMember()),
      [`GET /api/networks/${network.id}`]: () => jsonResponse(200, network),
    });
    renderRoute(`/networks/${network.id}`);

    expect(
      await screen.findByRole('heading', { level: 1, name: network.name }),
    ).toBeInTheDocument();
    expect(screen.getByText(network.description)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: /Back to my networks/ })).toHaveAttribute('href', '/');
    expect(document.title).toBe(`${network.name} · Praxis`);
  });

  it('says so when the network does not exist', async () => {
    fakeApi({
      'GET /api/auth/me': () => jsonResponse(200, aMember()),
      'GET /api/networks/unknown': () =>
        errorResponse({ statusCode: 404, error: 'Not Found', message: 'x', code: 'not_found' }),
    });
    renderRoute('/networks/unknown');

    expect(await screen.findByRole('alert')).toHaveTextContent(
      'We could not find what you are looking for.',
    );
    expect(screen.queryByRole('heading', { level: 1 })).not.toBeInTheDocument();
  });
});
