// One screen: its facts, presence, config twin, health charts and remote commands.
import { ReferenceField, TabbedShowLayout, TextField, useRecordContext, useTranslate } from 'react-admin';
import { ConfigLayerForm } from '../config-layers/ConfigLayerForm';
import { HubShow } from '../../common/HubShow';
import { CommandPanel } from './CommandPanel';
import { DeviceActions } from './DeviceActions';
import { DeviceConfigPanel } from './DeviceConfigPanel';
import { DeviceHealthCharts } from './DeviceHealthCharts';
import { OnlineBadge } from './OnlineBadge';
import { PresenceHistory } from './PresenceHistory';
import { LabelField } from '../../common/LabelField';
import { HubDateField } from '../../common/HubDateField';

export function DeviceShow() {
  const translate = useTranslate();
  return (
    <HubShow>
      <TabbedShowLayout>
        <TabbedShowLayout.Tab label="ra.message.details">
          <DeviceActions />
          <TextField source="id" />
          <TextField source="name" />
          <OnlineBadge source="online" />
          <LabelField source="status" prefix="hub.state" />
          <TextField source="tags" emptyText="—" />
          <TextField source="model" />
          <TextField source="appVersion" />
          <TextField source="firmwareVersion" />
          <ReferenceField source="merchantId" reference="merchants" link="show" emptyText="—" />
          <ReferenceField source="storeId" reference="stores" link={false} emptyText="—" />
          <HubDateField source="lastSeenAt" showTime emptyText="—" />
          <CommandPanel />
        </TabbedShowLayout.Tab>
        <TabbedShowLayout.Tab label={translate('hub.device.config')} path="config">
          <DeviceConfigPanel />
          <DeviceConfigLayer />
        </TabbedShowLayout.Tab>
        <TabbedShowLayout.Tab label={translate('hub.device.health')} path="health">
          <DeviceHealthCharts />
        </TabbedShowLayout.Tab>
        <TabbedShowLayout.Tab label={translate('hub.device.presence')} path="presence">
          <PresenceHistory />
        </TabbedShowLayout.Tab>
      </TabbedShowLayout>
    </HubShow>
  );
}

function DeviceConfigLayer() {
  const record = useRecordContext();
  return record ? <ConfigLayerForm scope="device" scopeId={String(record.id)} /> : null;
}
