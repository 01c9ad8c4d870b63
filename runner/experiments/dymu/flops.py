"""DyMU Table 1: the cost of the attention logits QKᵀ in LLaVA-1.5-7B's LLM (hidden size 4096) for the visual
tokens, full (N² per channel) versus VTU (two N_un × N_un products per channel: QKᵀ and Q×Kᵀ)."""

LLM_HIDDEN = 4096
FULL_TOKENS = 576
PAPER_UNIQUE_TOKENS = {"low": 89, "mid": 195, "high": 394}
PAPER_MFLOPS = {"full": 1359.0, "low": 64.9, "mid": 311.5, "high": 1272.0}


def full_qk_flops(tokens, hidden=LLM_HIDDEN):
    return tokens * tokens * hidden


def vtu_qk_flops(unique_tokens, hidden=LLM_HIDDEN):
    return 2 * unique_tokens * unique_tokens * hidden


def table_one_mflops():
    """The formula's values in MFLOPs, keyed full / low / mid / high like the paper's columns."""
    values = {"full": full_qk_flops(FULL_TOKENS) / 1e6}
    for level, unique in PAPER_UNIQUE_TOKENS.items():
        values[level] = vtu_qk_flops(unique) / 1e6
    return values
