import type { DecodedActivity, DecodedDevice } from './decoders/types';
import type { DeviceRecord } from '../db/repositories/devices';

/**
 * Whose file is it? The coach's explicit choice for this import wins; otherwise the device's serial,
 * once mapped to an athlete, decides; anything else waits in the Imports screen's queue.
 */
export type Assignment = { athleteId: number } | { queueReason: string };

export function assignAthlete(
  explicitAthleteId: number | undefined,
  device: DeviceRecord | null,
  decodedDevice: DecodedDevice | null,
): Assignment {
  if (explicitAthleteId !== undefined) return { athleteId: explicitAthleteId };
  if (device?.athleteId != null) return { athleteId: device.athleteId };
  if (decodedDevice?.serial)
    return { queueReason: `unknown device ${describeDevice(decodedDevice)}: assign it to an athlete in Imports` };
  return { queueReason: 'the file names no device serial: assign it to an athlete in Imports' };
}

/** "Forerunner 965 (serial 3999…)" — product if known, else the manufacturer. */
export function describeDevice(device: Pick<DecodedDevice, 'manufacturer' | 'product' | 'serial'>): string {
  // Products without a name in the FIT profile come as numbers: "garmin 4315" says more than "4315".
  const named = device.product && !/^\d+$/.test(device.product) ? device.product : null;
  const name = named ?? ([device.manufacturer, device.product].filter(Boolean).join(' ') || 'device');
  return device.serial ? `${name} (serial ${device.serial})` : name;
}

/** The recording device of a file: the first activity that names one with a serial. */
export function deviceOfFile(activities: readonly Pick<DecodedActivity, 'device'>[]): DecodedDevice | null {
  return activities.find((a) => a.device?.serial)?.device ?? activities.find((a) => a.device)?.device ?? null;
}
