/** Vite and Storybook import CSS files for their side effects. */
declare module '*.css';
