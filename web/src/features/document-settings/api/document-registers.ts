import { keepPreviousData, useQuery } from '@tanstack/react-query';
import * as contracts from '#shared/documents/document-registers.contract.js';
import { call } from '../../../lib/api.js';
import type { RegisterListParams } from './list-params.js';

const registerKeys = {
  all: ['document-registers'] as const,
  list: (params: RegisterListParams) => [...registerKeys.all, 'list', params] as const,
};

/** One page of document registers; the previous page stays on screen while the next loads. */
export function useDocumentRegisters(params: RegisterListParams) {
  return useQuery({
    queryKey: registerKeys.list(params),
    queryFn: ({ signal }) =>
      call(contracts.listDocumentRegisters, {
        signal,
        query: {
          organisationId: params.organisationId,
          year: params.year,
          limit: params.pageSize,
          offset: (params.page - 1) * params.pageSize,
        },
      }),
    placeholderData: keepPreviousData,
  });
}
