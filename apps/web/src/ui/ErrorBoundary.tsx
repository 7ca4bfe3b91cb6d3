import { Component, type ReactNode } from 'react';
import { Alert, Button } from '@mantine/core';

/** A page that fails to render shows a plain message instead of a blank screen; the menu stays usable. */
export class ErrorBoundary extends Component<{ children: ReactNode; resetKey: string }, { failed: boolean }> {
  state = { failed: false };

  static getDerivedStateFromError() {
    return { failed: true };
  }

  componentDidUpdate(previous: { resetKey: string }) {
    if (previous.resetKey !== this.props.resetKey && this.state.failed) this.setState({ failed: false });
  }

  render() {
    if (!this.state.failed) return this.props.children;
    return (
      <Alert color="red" title="This page could not be shown" role="alert">
        Something unexpected happened. Reload the page, or go to another page from the menu.
        <Button variant="subtle" size="xs" ml="sm" onClick={() => window.location.reload()}>
          Reload
        </Button>
      </Alert>
    );
  }
}
