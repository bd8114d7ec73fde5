import { CheckboxField } from './CheckboxField.tsx';

interface CheckboxGroupProps {
  /** The group's id (the error summary links to it) and the prefix of each box's id. */
  id: string;
  label: string;
  /** The form posts every ticked box under this name; read them with `FormData.getAll(name)`. */
  name: string;
  options: readonly { value: string; label: string }[];
}

/** Several boxes of one name in a fieldset with its legend: "which services", "which plans". Nothing without options. */
export function CheckboxGroup({ id, label, name, options }: CheckboxGroupProps) {
  if (options.length === 0) return null;
  return (
    <fieldset className="utrecht-form-fieldset" id={id}>
      <legend className="utrecht-form-fieldset__legend">{label}</legend>
      {options.map((option) => (
        <CheckboxField
          key={option.value}
          id={`${id}-${option.value}`}
          name={name}
          value={option.value}
          label={option.label}
          defaultChecked={false}
        />
      ))}
    </fieldset>
  );
}
