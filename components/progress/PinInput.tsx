'use client';

/** A 4-digit PIN field: digits only, hidden like a password, no autofill of saved passwords. */
export function PinInput({
  label,
  value,
  onChange,
  required = false,
  autoFocus = false,
}: {
  label: string;
  value: string;
  onChange: (pin: string) => void;
  required?: boolean;
  autoFocus?: boolean;
}) {
  return (
    <label className="field">
      <span className="field__label">{label}</span>
      <input
        type="password"
        className="pin-input"
        inputMode="numeric"
        pattern="[0-9]{4}"
        minLength={4}
        maxLength={4}
        autoComplete="off"
        required={required}
        autoFocus={autoFocus}
        value={value}
        onChange={(event) => onChange(event.target.value.replace(/\D/g, '').slice(0, 4))}
      />
    </label>
  );
}

/** Said wherever a PIN is set or asked for. */
export const PIN_LIMITS =
  'Die PIN hält Mitschülerinnen und Mitschüler aus deinem Profil fern. Wer sich mit den Entwicklerwerkzeugen des Browsers auskennt, kommt trotzdem an die Daten.';

export const WRONG_PIN = 'Die PIN passt nicht. Versuch es noch einmal.';
