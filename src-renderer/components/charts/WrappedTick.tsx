import { Text, type XAxisTickContentProps } from 'recharts';
import { AXIS_FONT } from './chart-theme';

/** The tick props Recharts adds when it clones the element. */
type WrappedTickProps = Partial<XAxisTickContentProps>;

// Room between two neighbouring labels, in pixels.
const GAP = 8;

/**
 * A category tick whose words wrap onto up to three lines under its bar, as wide as the bar's band,
 * so cause names such as "Scheduled maintenance" stay horizontal and readable instead of being
 * turned. Use as `tick={<WrappedTick />}`; Recharts fills in the position, the axis width and the value.
 */
export function WrappedTick({ x, y, payload, width, visibleTicksCount, className }: WrappedTickProps) {
  const value: unknown = payload?.value;
  const axisWidth = typeof width === 'number' ? width : 600;
  const band = Math.max(56, axisWidth / Math.max(1, visibleTicksCount ?? 1) - GAP);
  return (
    <Text
      className={className}
      x={x}
      y={y}
      width={band}
      maxLines={3}
      textAnchor="middle"
      verticalAnchor="start"
      {...AXIS_FONT}
      fontSize={14}
    >
      {typeof value === 'string' || typeof value === 'number' ? value : ''}
    </Text>
  );
}
