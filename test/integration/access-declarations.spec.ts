import { DiscoveryService, MetadataScanner } from '@nestjs/core';
import { PATH_METADATA } from '@nestjs/common/constants';
import { ACCESS_KEY } from '@app/auth';
import { startTestApp, TestApp } from '../support/test-app';

/** Every Query, Mutation and HTTP route declares who may call it (the guard also fails closed). */
describe('access declarations', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('no resolver operation or route lacks an access rule', () => {
    const discovery = t.app.get(DiscoveryService);
    const scanner = new MetadataScanner();
    const undeclared: string[] = [];
    let checked = 0;
    for (const wrapper of [...discovery.getProviders(), ...discovery.getControllers()]) {
      const instance = wrapper.instance as object | undefined;
      if (!instance || !wrapper.metatype) continue;
      const proto = Object.getPrototypeOf(instance);
      const isController = Reflect.getMetadata(PATH_METADATA, wrapper.metatype) !== undefined;
      for (const name of scanner.getAllMethodNames(proto)) {
        const method = proto[name];
        const op = Reflect.getMetadata('graphql:resolver_type', method);
        const route = isController && Reflect.getMetadata(PATH_METADATA, method) !== undefined;
        if (op !== 'Query' && op !== 'Mutation' && !route) continue;
        checked++;
        if (!Reflect.getMetadata(ACCESS_KEY, method) && !Reflect.getMetadata(ACCESS_KEY, wrapper.metatype)) undeclared.push(`${wrapper.name}.${name}`);
      }
    }
    expect(checked).toBeGreaterThan(10);
    expect(undeclared).toEqual([]);
  });
});
