import { lazy, Suspense, type ComponentType, type LazyExoticComponent } from 'react';
import { Loading } from './components';

/** A page in a chunk of its own, loaded when first visited (keeps the first load small). */
export function page<M, K extends keyof M>(load: () => Promise<M>, name: K) {
  return lazy(async () => ({ default: (await load())[name] as ComponentType }));
}

/** The element for a lazy page: "Loading" until its chunk arrives. */
export const lazyPage = (Page: LazyExoticComponent<ComponentType>) => (
  <Suspense fallback={<Loading title="Loading" />}>
    <Page />
  </Suspense>
);
