import { css } from 'lit';

/** Focus must always be visible: a thick outline in a colour that contrasts in both themes. */
export const focusRing = css`
  :focus-visible {
    outline: 3px solid var(--cl-focus);
    outline-offset: 2px;
    border-radius: 2px;
  }
`;

export const visuallyHidden = css`
  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip: rect(0 0 0 0);
    white-space: nowrap;
  }
`;
