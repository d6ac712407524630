from typing import Literal

GrokImagineExtendInputExtendTimes = Literal["10", "6"]

GROK_IMAGINE_EXTEND_INPUT_EXTEND_TIMES_VALUES: set[
    GrokImagineExtendInputExtendTimes
] = {
    "10",
    "6",
}


def check_grok_imagine_extend_input_extend_times(
    value: str,
) -> GrokImagineExtendInputExtendTimes:
    if value in GROK_IMAGINE_EXTEND_INPUT_EXTEND_TIMES_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {GROK_IMAGINE_EXTEND_INPUT_EXTEND_TIMES_VALUES!r}"
    )
