import { enumParam } from '../../domain/url/query-params.ts';

export const PART_FILTERS = ['all', 'h100-sxm', 'h200', 'b200', 'gb200'] as const;
export type PartFilter = (typeof PART_FILTERS)[number];

/** The view's link: which accelerator's points the table and scatter show. */
export const VALIDATION_PARAMS = {
  part: enumParam<PartFilter>('all', PART_FILTERS),
};
