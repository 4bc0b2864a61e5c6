import { Component, type ErrorInfo, type ReactNode } from 'react';

interface Props {
  /** What failed, for the message: "the viewports", "the DVH panel". */
  readonly what: string;
  readonly children: ReactNode;
}

/**
 * Keeps one part's failure from taking the workspace down: the part is replaced by a message that
 * says what failed and why; the rest of the app goes on.
 */
export class ErrorBoundary extends Component<Props, { error: Error | undefined }> {
  override state: { error: Error | undefined } = { error: undefined };

  static getDerivedStateFromError(error: unknown): { error: Error } {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    console.error(`PlanLens: ${this.props.what} failed`, error, info.componentStack);
  }

  override render(): ReactNode {
    if (this.state.error === undefined) return this.props.children;
    return (
      <div className="panel failure" role="alert">
        <h2>{this.props.what} could not be shown</h2>
        <p>{this.state.error.message}</p>
        <button type="button" onClick={() => this.setState({ error: undefined })}>Try again</button>
      </div>
    );
  }
}
