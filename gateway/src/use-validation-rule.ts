import { type Plugin } from '@envelop/core';
import { type ValidationRule } from 'graphql';

/** An envelop plugin adding one validation rule, run with graphql-js's own before planning. */
export function useValidationRule(rule: ValidationRule): Plugin {
  return {
    onValidate({ addValidationRule }) {
      addValidationRule(rule);
    },
  };
}
