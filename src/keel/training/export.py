"""A PEFT LoRA adapter as a GGUF adapter file llama.cpp applies to its base model at load time.

The format is llama.cpp's (what its convert_lora_to_gguf.py writes): `general.type = adapter`,
`adapter.type = lora`, `adapter.lora.alpha`, and for every adapted weight `<gguf name>.lora_a`
(r × in) and `<gguf name>.lora_b` (out × r), named as the base GGUF names that weight
(`blk.3.attn_q.weight`, from the gguf package's tensor-name map for the base's architecture).
llama.cpp scales the product by alpha / r, as PEFT does, so the served model computes what was
trained (up to the base's quantization).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import orjson


def gguf_architecture(base_gguf: Path) -> tuple[str, int]:
    """(architecture name, block count) of a GGUF model file."""
    from gguf import GGUFReader

    reader = GGUFReader(str(base_gguf))

    def value(key: str) -> Any:
        field = reader.get_field(key)
        if field is None:
            raise ValueError(f"{base_gguf}: no {key} in its metadata")
        return field.contents()

    arch = str(value("general.architecture"))
    return arch, int(value(f"{arch}.block_count"))


def lora_to_gguf(adapter_dir: Path, base_gguf: Path, out: Path) -> Path:
    import gguf
    from safetensors.torch import load_file

    arch, blocks = gguf_architecture(base_gguf)
    by_name = {name: key for key, name in gguf.MODEL_ARCH_NAMES.items()}
    if arch not in by_name:
        raise ValueError(f"the gguf package does not know the architecture {arch!r}")
    names = gguf.get_tensor_name_map(by_name[arch], blocks)
    cfg = orjson.loads((adapter_dir / "adapter_config.json").read_bytes())
    tensors = load_file(str(adapter_dir / "adapter_model.safetensors"))
    out.parent.mkdir(parents=True, exist_ok=True)
    tmp = out.with_suffix(".gguf.tmp")
    writer = gguf.GGUFWriter(str(tmp), arch)
    writer.add_string("general.type", "adapter")
    writer.add_string("adapter.type", "lora")
    writer.add_float32("adapter.lora.alpha", float(cfg["lora_alpha"]))
    written = 0
    for key in sorted(tensors):
        if ".lora_A." in key:
            part = "lora_a"
        elif ".lora_B." in key:
            part = "lora_b"
        else:
            raise ValueError(f"{adapter_dir}: {key} is not a LoRA weight (only LoRA adapters convert)")
        module = key.removeprefix("base_model.model.").split(".lora_")[0]
        name = names.get_name(module + ".weight", try_suffixes=(".weight",))
        if name is None:
            raise ValueError(f"no GGUF tensor name for {module} in architecture {arch}")
        writer.add_tensor(f"{name}.{part}", tensors[key].float().contiguous().numpy())
        written += 1
    if not written:
        raise ValueError(f"{adapter_dir}: the adapter has no LoRA weights")
    writer.write_header_to_file()
    writer.write_kv_data_to_file()
    writer.write_tensors_to_file()
    writer.close()
    tmp.rename(out)
    return out
