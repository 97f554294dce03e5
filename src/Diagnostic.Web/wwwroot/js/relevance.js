// The evaluator of `relevant` conditions, walking the JSON tree the server writes (Core RelevanceJson): the browser
// never parses the condition language. Same rules as Core's RelevanceExpression, checked on the same cases
// (tests/Shared/relevance-cases.json): an unanswered operand makes every comparison false; numbers compare as
// numbers only when both sides are invariant numbers (-?digits(.digits)?); otherwise == and != compare texts and
// the ordering comparisons are false; `contains` looks for one code of a|b|c.
(function () {
  "use strict";
  const numberPattern = /^-?[0-9]+(\.[0-9]+)?$/;

  function value(operand, answerOf) {
    if ("v" in operand) return operand.v;
    const answer = answerOf(operand.q);
    return answer === null || answer === undefined || answer === "" ? null : String(answer);
  }

  function compare(op, left, right) {
    if (numberPattern.test(left) && numberPattern.test(right)) {
      const l = Number(left), r = Number(right);
      switch (op) {
        case "==": return l === r;
        case "!=": return l !== r;
        case "<": return l < r;
        case "<=": return l <= r;
        case ">": return l > r;
        case ">=": return l >= r;
      }
    }
    if (op === "==") return left === right;
    if (op === "!=") return left !== right;
    return false;
  }

  function isTrue(node, answerOf) {
    switch (node.op) {
      case "and": return isTrue(node.left, answerOf) && isTrue(node.right, answerOf);
      case "or": return isTrue(node.left, answerOf) || isTrue(node.right, answerOf);
      case "not": return !isTrue(node.arg, answerOf);
      case "answered": return value({ q: node.q }, answerOf) !== null;
      case "contains": {
        const left = value(node.left, answerOf), right = value(node.right, answerOf);
        return left !== null && right !== null && left.split("|").includes(right);
      }
      default: {
        const left = value(node.left, answerOf), right = value(node.right, answerOf);
        if (left === null || right === null) return false;
        return compare(node.op, left, right);
      }
    }
  }

  window.diagnosticRelevance = { isTrue };
})();
